/**
 * Education on the kiosk and the tablet: course packages operators import (lessons and
 * quizzes, validated with every error named), the courses each agency offers, and what a
 * person does with them: enrolments, progress and time on task per lesson, quiz attempts
 * with their answers, and on completion a certificate anyone can verify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Courses")
@org.jspecify.annotations.NullMarked
package org.homeward.courses;
