package org.homeward.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The management port's servlet (health, metrics), like the application's: no application
 * event per request, which nothing listens to and every health check of a load balancer
 * would pay for ({@code spring.mvc.publish-request-handled-events} sets it for the
 * application's servlet only).
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
class ManagementServlet {

	@Bean
	static BeanPostProcessor noRequestHandledEvents() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof DispatcherServlet servlet) {
					servlet.setPublishEvents(false);
				}
				return bean;
			}

		};
	}

}
