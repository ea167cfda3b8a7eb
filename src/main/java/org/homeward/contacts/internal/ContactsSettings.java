package org.homeward.contacts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidity how long an inmate's invitation code can be used after it is
 * e-mailed
 */
@ConfigurationProperties("homeward.contacts")
record ContactsSettings(@DefaultValue("10d") Duration invitationValidity) {
}
