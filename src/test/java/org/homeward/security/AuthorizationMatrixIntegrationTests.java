package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.messaging.Correspondents;
import org.homeward.messaging.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every route of the API and every page, for each kind of caller —
 * anonymous, the family member whose records are used, another family, the inmate whose
 * records are used, another inmate of the same agency, each staff role of DEMO-DOC, an
 * administrator of another agency (DEMO-FED: every role check passes, so only the tenant
 * check stands between them and DEMO-DOC's records), and a platform operator. Another
 * tenant's record answers 404, never 403; a page asks an anonymous visitor to sign in
 * ({@code login}, a redirect to the sign-in page).
 * <p>
 * No row depends on another: each runs in an order of its own on every run, and the
 * records a row changes (a card removed, a plan paused, a contact blocked, a held message
 * approved) are made for that row ({@link RowRecords}). Within a row the callers act in
 * the order of the columns on the same record, and the expected answers say so: a
 * decision taken by the first caller allowed is a conflict for those after. Deleting a
 * draft is idempotent: another family's delete touches nothing and answers 204, as a
 * second delete of one's own would. A test fails when a route of Homeward has no row
 * here.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	/** The callers, in the order of the columns. */
	enum Who {

		ANONYMOUS, FAMILY, OTHER_FAMILY, INMATE, OTHER_INMATE, REVIEWER, SOUTH_REVIEWER, INVESTIGATOR,
		VISITATION_OFFICER, ADMIN, OTHER_AGENCY, OPERATOR

	}

	// @formatter:off
	static final String API = """
			#                                                                        anon  fam   othf  inm   othi  rev   srev  inv   vis   adm   fed   op
			GET    /api/v1/agencies                                                 | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /api/v1/inmates?state=FL&number={inmateNumber}                   | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /api/v1/agencies/{agency}/stamp-bundles                          | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /api/v1/agencies/{agency}/prices                                 | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /api/v1/accounts                                                 | 201   201   201   201   201   201   201   201   201   201   201   201
			POST   /api/v1/sessions                                                 | 401   401   401   401   401   401   401   401   401   401   401   401
			POST   /api/v1/kiosk/sessions                                           | 401   401   401   401   401   401   401   401   401   401   401   401
			POST   /api/v1/password-resets                                          | 202   202   202   202   202   202   202   202   202   202   202   202
			POST   /api/v1/password-resets/{badToken}                               | 400   400   400   400   400   400   400   400   400   400   400   400
			POST   /api/v1/email-confirmations/{badToken}                           | 400   400   400   400   400   400   400   400   400   400   400   400
			GET    /api/v1/me                                                       | 401   200   200   403   403   403   403   403   403   403   403   403
			POST   /api/v1/me/password                                              | 401   400   400   403   403   403   403   403   403   403   403   403
			POST   /api/v1/me/email                                                 | 401   202   202   403   403   403   403   403   403   403   403   403
			PUT    /api/v1/me/phones                                                | 401   200   200   403   403   403   403   403   403   403   403   403
			GET    /api/v1/me/closure                                               | 401   200   200   403   403   403   403   403   403   403   403   403
			POST   /api/v1/me/closure                                               | 401   400   400   403   403   403   403   403   403   403   403   403
			DELETE /api/v1/sessions/current                                         | 401   204   204   204   204   204   204   204   204   204   204   204
			DELETE /api/v1/kiosk/sessions/current                                   | 401   403   403   204   204   403   403   403   403   403   403   403
			GET    /api/v1/agencies/{agency}/staff                                  | 401   404   404   404   404   403   403   403   403   200   404   200
			POST   /api/v1/agencies/{agency}/staff                                  | 401   404   404   404   404   403   403   403   403   201   404   201
			PUT    /api/v1/agencies/{agency}/staff/{staff}/roles                    | 401   404   404   404   404   403   403   403   403   200   404   200
			DELETE /api/v1/agencies/{agency}/staff/{staff}                          | 401   404   404   404   404   403   403   403   403   204   404   204
			POST   /api/v1/agencies/{agency}/inmates/{inmate}/pin                   | 401   404   404   404   404   204   404   403   204   204   404   403
			GET    /api/v1/agencies/{agency}/inmates?q=ortega                       | 401   404   404   404   404   200   200   200   200   200   404   200
			POST   /api/v1/agencies/{agency}/roster?mode=PARTIAL                    | 401   404   404   404   404   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/inmates/{inmate}/restrictions          | 401   404   404   404   404   200   404   200   200   200   404   200
			POST   /api/v1/agencies/{agency}/inmates/{thirdInmate}/restrictions     | 401   404   404   404   404   201   404   403   201   201   404   403
			GET    /api/v1/agencies/{agency}/contract                               | 401   404   404   404   404   200   200   200   200   200   404   200
			PUT    /api/v1/agencies/{agency}/contract/services/{media}              | 401   404   404   404   404   403   403   403   403   200   404   200
			POST   /api/v1/admin/agencies/{windingDown}/wind-down                   | 401   403   403   403   403   403   403   403   403   403   403   200
			GET    /api/v1/contacts                                                 | 401   200   200   403   403   403   403   403   403   403   403   403
			POST   /api/v1/contacts                                                 | 401   201   201   403   403   403   403   403   403   403   403   403
			POST   /api/v1/contacts/accept                                          | 401   404   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/contacts/{familyContact}/block                           | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/contacts/{familyBlockedContact}/unblock                  | 401   200   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/contacts                                           | 401   403   403   200   200   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/contacts                                           | 401   403   403   422   422   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/contacts/{inmateContact}/block                     | 401   403   403   200   404   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/contacts/{inmateBlockedContact}/unblock            | 401   403   403   200   404   403   403   403   403   403   403   403
			GET    /api/v1/staff/contacts/pending                                   | 401   403   403   403   403   200   200   403   200   200   200   403
			POST   /api/v1/staff/contacts/{pendingContact}/decision                 | 401   403   403   403   403   200   404   403   409   409   404   403
			POST   /api/v1/staff/contacts/{legalContact}/privileged                 | 401   403   403   403   403   403   403   403   403   200   404   403
			POST   /api/v1/staff/invitations/{invitation}/decision                  | 401   403   403   403   403   200   404   403   409   409   404   403
			POST   /api/v1/agencies/{agency}/contact-imports                        | 401   404   404   404   404   403   403   403   403   200   404   200
			GET    /api/v1/payment-methods                                          | 401   200   200   403   403   403   403   403   403   403   403   403
			POST   /api/v1/payment-methods                                          | 401   201   201   403   403   403   403   403   403   403   403   403
			PUT    /api/v1/payment-methods/{card}                                   | 401   200   404   403   403   403   403   403   403   403   403   403
			DELETE /api/v1/payment-methods/{spareCard}                              | 401   204   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/stamps                                                   | 401   200   200   403   403   403   403   403   403   403   403   403
			POST   /api/v1/stamp-purchases                                          | 401   201   400   403   403   403   403   403   403   403   403   403
			POST   /api/v1/attachments                                              | 401   201   201   403   403   403   403   403   403   403   403   403
			GET    /api/v1/attachments/{photo}                                      | 401   200   404   200   404   200   200   200   404   200   404   404
			GET    /api/v1/attachments/{photo}/thumbnail                            | 401   200   404   200   404   200   200   200   404   200   404   404
			POST   /api/v1/messages/quote                                           | 401   200   422   403   403   403   403   403   403   403   403   403
			POST   /api/v1/messages                                                 | 401   201   422   403   403   403   403   403   403   403   403   403
			GET    /api/v1/messages                                                 | 401   200   200   403   403   403   403   403   403   403   403   403
			GET    /api/v1/messages/{message}                                       | 401   200   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/messages/export.pdf                                      | 401   200   200   403   403   403   403   403   403   403   403   403
			GET    /api/v1/messages/export.zip                                      | 401   200   200   403   403   403   403   403   403   403   403   403
			GET    /api/v1/drafts                                                   | 401   200   200   403   403   403   403   403   403   403   403   403
			PUT    /api/v1/drafts/{draft}                                           | 401   200   404   403   403   403   403   403   403   403   403   403
			DELETE /api/v1/drafts/{draft}                                           | 401   204   204   403   403   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/messages                                           | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/messages/sent                                      | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/messages/{message}                                 | 401   403   403   200   404   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/messages/{message}/print                           | 401   403   403   201   404   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/account                                            | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/attachments/{photo}                                | 401   403   403   200   404   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/attachments/{photo}/thumbnail                      | 401   403   403   200   404   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/drafts                                             | 401   403   403   200   200   403   403   403   403   403   403   403
			PUT    /api/v1/kiosk/drafts/{kioskDraft}                                | 401   403   403   200   404   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/statement                                          | 401   403   403   200   200   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/stamp-purchases                                    | 401   403   403   201   422   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/minute-purchases                                   | 401   403   403   422   422   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/messages                                           | 401   403   403   201   404   403   403   403   403   403   403   403
			GET    /api/v1/deposits/quote?inmateId={inmate}&amount=25.00            | 401   200   200   403   403   403   403   403   403   403   403   403
			POST   /api/v1/deposits                                                 | 401   201   400   403   403   403   403   403   403   403   403   403
			GET    /api/v1/deposits                                                 | 401   200   200   403   403   403   403   403   403   403   403   403
			GET    /api/v1/deposits/{deposit}                                       | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/recurring-deposits                                       | 401   201   400   403   403   403   403   403   403   403   403   403
			GET    /api/v1/recurring-deposits                                       | 401   200   200   403   403   403   403   403   403   403   403   403
			POST   /api/v1/recurring-deposits/{plan}/pause                          | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/recurring-deposits/{pausedPlan}/resume                   | 401   200   404   403   403   403   403   403   403   403   403   403
			DELETE /api/v1/recurring-deposits/{plan}                                | 401   204   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/supervision-cases?agencyCode={agency}&caseNumber=P-1001  | 401   200   200   403   403   403   403   403   403   403   403   403
			POST   /api/v1/supervision-payments                                     | 401   201   400   403   403   403   403   403   403   403   403   403
			POST   /api/v1/admin/deposits/{refundable}/refund                       | 401   403   403   403   403   403   403   403   403   403   403   200
			POST   /api/v1/admin/deposits/{chargedBack}/chargeback                  | 401   403   403   403   403   403   403   403   403   403   403   200
			GET    /api/v1/agencies/{agency}/settlements/{today}                    | 401   404   404   404   404   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/settlements/{today}.csv                | 401   404   404   404   404   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/release-payouts/{today}.csv            | 401   404   404   404   404   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/reports/{month}                        | 401   403   403   403   403   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/reports/{month}?grain=WEEK             | 401   403   403   403   403   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/commission-statements/{month}          | 401   403   403   403   403   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/commission-statements/{month}.csv      | 401   403   403   403   403   403   403   403   403   200   404   200
			POST   /api/v1/admin/reports/rebuild                                    | 401   403   403   403   403   403   403   403   403   403   403   200
			POST   /api/v1/deposits/pay-slips                                       | 201   201   201   201   201   201   201   201   201   201   201   201
			GET    /api/v1/deposits/pay-slips                                       | 401   200   200   403   403   403   403   403   403   403   403   403
			GET    /api/v1/deposits/pay-slips/{paySlip}                             | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /api/v1/partners/retail/payments                                 | 400   400   400   400   400   400   400   400   400   400   400   400
			GET    /api/v1/admin/retail/held-payments                               | 401   403   403   403   403   403   403   403   403   403   403   200
			POST   /api/v1/admin/retail/payments/{retailPayment}/apply              | 401   403   403   403   403   403   403   403   403   403   403   404
			POST   /api/v1/admin/retail/payments/{retailPayment}/return             | 401   403   403   403   403   403   403   403   403   403   403   404
			POST   /api/v1/admin/retail/partners/{retailPartner}/settlements?businessDate={today} | 401   403   403   403   403   403   403   403   403   403   403   201
			GET    /api/v1/admin/retail/settlements                                 | 401   403   403   403   403   403   403   403   403   403   403   200
			GET    /api/v1/review/messages                                          | 401   403   403   403   403   200   200   403   403   200   200   403
			POST   /api/v1/review/messages/{held}/decision                          | 401   403   403   403   403   200   404   403   403   404   404   403
			GET    /api/v1/review/reasons                                           | 401   403   403   403   403   200   200   403   403   200   200   403
			GET    /api/v1/screening/keywords                                       | 401   403   403   403   403   200   200   200   403   200   200   403
			POST   /api/v1/screening/keywords                                       | 401   403   403   403   403   403   403   403   403   201   201   403
			DELETE /api/v1/screening/keywords/{fedKeyword}                          | 401   403   403   403   403   403   403   403   403   404   204   403
			DELETE /api/v1/screening/keywords/{keyword}                             | 401   403   403   403   403   403   403   403   403   204   404   403
			GET    /api/v1/screening/watch-list                                     | 401   403   403   403   403   200   200   200   403   200   200   403
			POST   /api/v1/screening/watch-list                                     | 401   403   403   403   403   201   201   201   403   201   201   403
			DELETE /api/v1/screening/watch-list/{fedWatch}                          | 401   403   403   403   403   404   404   404   403   404   204   403
			DELETE /api/v1/screening/watch-list/{watch}                             | 401   403   403   403   403   204   404   404   403   404   404   403
			GET    /api/v1/investigations/messages?q=matrix                         | 401   403   403   403   403   403   403   200   403   200   200   403
			GET    /api/v1/investigations/inmates/{inmate}/correspondents           | 401   403   403   403   403   403   403   200   403   200   404   403
			POST   /api/v1/investigations/evidence                                  | 401   403   403   403   403   403   403   200   403   200   404   403
			GET    /api/v1/staff/print-batches                                      | 401   403   403   403   403   200   200   403   403   200   200   403
			POST   /api/v1/staff/print-batches                                      | 401   403   403   403   403   422   404   403   403   422   422   403
			GET    /api/v1/staff/print-batches/{batch}.pdf                          | 401   403   403   403   403   200   404   403   403   200   404   403
			POST   /api/v1/admin/stamp-refunds                                      | 401   403   403   403   403   403   403   403   403   403   403   200
			GET    /api/v1/admin/agencies/{agency}/stamp-refunds                    | 401   403   403   403   403   403   403   403   403   403   403   200
			GET    /api/v1/visits/slots?inmateId={visitInmate}&from={today}&to={today}| 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/visits                                                   | 401   201   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/visits                                                   | 401   200   200   403   403   403   403   403   403   403   403   403
			GET    /api/v1/visits/{visit}                                           | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/visits/{visit}/cancel                                    | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/visits/{visit}/reschedule                                | 401   200   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/media                                              | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/media/{mediaItem}                                  | 401   403   403   200   200   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/media/purchases                                    | 401   403   403   201   422   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/media/entitlements                                 | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/media/entitlements/export                          | 401   403   403   200   200   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/media/entitlements/{curatedItem}/problem           | 401   403   403   404   404   403   403   403   403   403   403   403
			GET    /api/v1/media/gifts/quote?inmateId={inmate}&itemId={mediaItem}   | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/media/gifts                                              | 401   201   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/media/inmates/{inmate}/entitlements/export               | 401   200   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/agencies/{agency}/media/entitlements/export              | 401   404   404   404   404   403   403   403   403   200   404   200
			GET    /api/v1/kiosk/courses                                            | 401   403   403   200   200   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/courses/{course}/enrolment                         | 401   403   403   201   201   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/courses/{enrolledCourse}                           | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/courses/{enrolledCourse}/lessons/{lesson}          | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/courses/{enrolledCourse}/lessons/{lesson}/file     | 401   403   403   200   200   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/courses/{enrolledCourse}/lessons/{lesson}/completion| 401   403   403   200   200   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/courses/{enrolledCourse}/quizzes/{quiz}/attempts   | 401   403   403   201   201   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/certificates                                       | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/certificates/{familyId}.pdf                        | 401   403   403   404   404   403   403   403   403   403   403   403
			GET    /api/v1/certificates/{certificateCode}                           | 404   404   404   404   404   404   404   404   404   404   404   404
			POST   /api/v1/admin/courses                                            | 401   403   403   403   403   403   403   403   403   403   403   415
			GET    /api/v1/agencies/{agency}/courses                                | 401   404   404   404   404   200   200   200   200   200   404   200
			PUT    /api/v1/agencies/{agency}/courses/{course}                       | 401   404   404   404   404   403   403   403   403   200   404   200
			DELETE /api/v1/agencies/{agency}/courses/{spareCourse}                  | 401   404   404   404   404   403   403   403   403   204   404   204
			GET    /api/v1/agencies/{agency}/credit-rule                            | 401   404   404   404   404   200   200   200   200   200   404   200
			PUT    /api/v1/agencies/{agency}/credit-rule                            | 401   404   404   404   404   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/credits?month={month}                  | 401   404   404   404   404   403   403   403   403   200   404   200
			GET    /api/v1/agencies/{agency}/credits.csv?month={month}              | 401   404   404   404   404   403   403   403   403   200   404   200
			POST   /api/v1/agencies/{agency}/credits/approval                       | 401   404   404   404   404   403   403   403   403   200   404   200
			PUT    /api/v1/kiosk/courses/sharing                                    | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/courses/loved-ones/{inmate}                              | 401   200   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/tablets                                            | 401   403   403   200   200   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/tablets/orders                                     | 401   403   403   422   422   403   403   403   403   403   403   403
			GET    /api/v1/media/tablet-orders?inmateId={inmate}                    | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/media/tablet-orders                                      | 401   201   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/staff/tablet-orders                                      | 401   403   403   403   403   200   200   403   200   200   200   403
			POST   /api/v1/staff/tablet-orders/{tabletOrder}/fulfil                 | 401   403   403   403   403   200   404   403   409   409   404   403
			POST   /api/v1/staff/tablet-orders/{tabletOrder}/cancel                 | 401   403   403   403   403   200   404   403   409   409   404   403
			GET    /api/v1/staff/devices                                            | 401   403   403   403   403   200   200   403   200   200   200   403
			POST   /api/v1/staff/devices                                            | 401   403   403   403   403   201   400   403   201   201   400   403
			POST   /api/v1/staff/devices/{device}/issue                             | 401   403   403   403   403   200   404   403   409   409   404   403
			POST   /api/v1/staff/devices/{issuedDevice}/take-back                   | 401   403   403   403   403   200   404   403   409   409   404   403
			POST   /api/v1/staff/devices/{issuedDevice}/swap                        | 401   403   403   403   403   200   404   403   409   409   404   403
			POST   /api/v1/staff/devices/{device}/status                            | 401   403   403   403   403   200   404   403   409   409   404   403
			POST   /api/v1/tablet/sessions                                          | 401   401   401   401   401   401   401   401   401   401   401   401
			GET    /api/v1/media/export-keys                                        | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /api/v1/kiosk/media/files/{mediaItem}?expires=1&signature=x      | 401   403   403   403   403   403   403   403   403   403   403   403
			POST   /api/v1/admin/media/items?kind=EBOOK&price=1.00&rightsHolder=M   | 401   403   403   403   403   403   403   403   403   403   403   400
			POST   /api/v1/admin/media/albums                                       | 401   403   403   403   403   403   403   403   403   403   403   400
			GET    /api/v1/admin/media/items/{mediaItem}                            | 401   403   403   403   403   403   403   403   403   403   403   200
			GET    /api/v1/agencies/{agency}/media/policy                           | 401   404   404   404   404   200   200   200   200   200   404   200
			PUT    /api/v1/agencies/{agency}/media/policy                           | 401   404   404   404   404   403   403   403   403   200   404   200
			POST   /api/v1/staff/media/items/{curatedItem}/block                    | 401   403   403   403   403   403   403   200   403   200   200   403
			DELETE /api/v1/staff/media/items/{curatedItem}/block                    | 401   403   403   403   403   403   403   204   403   204   204   403
			PUT    /api/v1/staff/media/items/{curatedItem}/price                    | 401   403   403   403   403   403   403   403   403   200   200   403
			GET    /api/v1/kiosk/visits                                             | 401   403   403   200   200   403   403   403   403   403   403   403
			GET    /api/v1/staff/visits?facilityId={visitFacility}&date={today}     | 401   403   403   403   403   403   403   403   200   200   404   403
			POST   /api/v1/staff/visits/{requestedVisit}/decision                   | 401   403   403   403   403   403   403   403   200   409   404   403
			POST   /api/v1/staff/visits/{staffVisit}/cancel                         | 401   403   403   403   403   403   403   403   200   409   404   403
			GET    /api/v1/visits/{visit}/call                                      | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/visits/{visit}/call/publish                              | 401   422   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/visits/{visit}/call/presence                             | 401   200   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/visits/{visit}/call/receive                              | 401   422   404   403   403   403   403   403   403   403   403   403
			POST   /api/v1/visits/{visit}/call/receive/{subscription}               | 401   404   404   403   403   403   403   403   403   403   403   403
			GET    /api/v1/kiosk/visits/{visit}/call                                | 401   403   403   404   404   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/visits/{visit}/call/publish                        | 401   403   403   404   404   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/visits/{visit}/call/presence                       | 401   403   403   404   404   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/visits/{visit}/call/receive                        | 401   403   403   404   404   403   403   403   403   403   403   403
			POST   /api/v1/kiosk/visits/{visit}/call/receive/{subscription}         | 401   403   403   404   404   403   403   403   403   403   403   403
			POST   /api/v1/staff/visits/{staffVisit}/monitor                        | 401   403   403   403   403   403   403   403   409   409   404   403
			POST   /api/v1/staff/visits/{staffVisit}/monitor/{subscription}         | 401   403   403   403   403   403   403   403   404   404   404   403
			POST   /api/v1/staff/visits/{staffVisit}/terminate                      | 401   403   403   403   403   403   403   403   409   409   404   403
			POST   /api/v1/staff/visits/{staffVisit}/warning                        | 401   403   403   403   403   403   403   403   409   409   404   403
			GET    /api/v1/investigations/visits                                    | 401   403   403   403   403   403   403   200   403   200   200   403
			GET    /api/v1/investigations/recordings/{recording}                    | 401   403   403   403   403   403   403   200   403   200   404   403
			GET    /api/v1/investigations/recordings/{recording}/export             | 401   403   403   403   403   403   403   200   403   200   404   403
			POST   /api/v1/investigations/recordings/{recording}/hold               | 401   403   403   403   403   403   403   200   403   200   404   403
			""";

	static final String PAGES = """
			#                                                                        anon  fam   othf  inm   othi  rev   srev  inv   vis   adm   fed   op
			GET    /                                                                | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /find?state=FL&number={inmateNumber}                             | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /login                                                           | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /home                                                            | login 302   302   302   302   302   302   302   302   302   302   302
			GET    /login/second-factor                                             | login 403   403   403   403   403   403   403   403   403   403   403
			POST   /login/second-factor                                             | login 403   403   403   403   403   403   403   403   403   403   403
			GET    /register                                                        | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /terms                                                           | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /privacy                                                         | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /register                                                        | 302   302   302   302   302   302   302   302   302   302   302   302
			GET    /forgot-password                                                 | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /forgot-password                                                 | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /password-reset/{badToken}                                       | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /password-reset/{badToken}                                       | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /email-confirm/{badToken}                                        | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /email-confirm/{badToken}                                        | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /kiosk                                                           | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /kiosk/sign-in                                                   | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /account                                                         | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /account/password                                                | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /account/email                                                   | login 302   302   403   403   403   403   403   403   403   403   403
			POST   /account/phones                                                  | login 302   302   403   403   403   403   403   403   403   403   403
			GET    /account/close                                                   | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /account/close                                                   | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /account/cards                                                   | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /account/cards                                                   | login 302   302   403   403   403   403   403   403   403   403   403
			GET    /account/cards/{card}/edit                                       | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /account/cards/{card}                                            | login 302   404   403   403   403   403   403   403   403   403   403
			POST   /account/cards/{spareCard}/delete                                | login 302   404   403   403   403   403   403   403   403   403   403
			GET    /stamps                                                          | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /stamps/confirm                                                  | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /stamps/buy                                                      | login 302   302   403   403   403   403   403   403   403   403   403
			GET    /messages                                                        | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /messages/new?inmate={inmate}                                    | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /messages/drafts                                                 | login 204   404   403   403   403   403   403   403   403   403   403
			POST   /messages/quote                                                  | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /messages                                                        | login 302   200   403   403   403   403   403   403   403   403   403
			GET    /messages/{message}                                              | login 200   404   403   403   403   403   403   403   403   403   403
			GET    /photos/{photo}                                                  | login 200   404   403   403   403   403   403   403   403   403   403
			GET    /photos/{photo}/thumbnail                                        | login 200   404   403   403   403   403   403   403   403   403   403
			GET    /messages/export.pdf                                             | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /messages/export.zip                                             | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /contacts/add                                                    | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /contacts                                                        | login 302   302   403   403   403   403   403   403   403   403   403
			POST   /contacts/{familyContact}/block                                  | login 302   404   403   403   403   403   403   403   403   403   403
			POST   /contacts/{familyBlockedContact}/unblock                         | login 302   404   403   403   403   403   403   403   403   403   403
			GET    /contacts/accept                                                 | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /contacts/accept                                                 | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /deposits                                                        | login 200   200   403   403   403   403   403   403   403   403   403
			POST   /deposits/confirm                                                | login 200   302   403   403   403   403   403   403   403   403   403
			POST   /deposits                                                        | login 302   302   403   403   403   403   403   403   403   403   403
			GET    /deposits/{deposit}                                              | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /deposits/recurring                                              | login 302   302   403   403   403   403   403   403   403   403   403
			POST   /deposits/recurring/{plan}/{pause}                               | login 302   404   403   403   403   403   403   403   403   403   403
			GET    /pay-slips/new                                                   | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /pay-slips/review                                                | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /pay-slips                                                       | 302   302   302   302   302   302   302   302   302   302   302   302
			GET    /pay-slips/{paySlip}                                             | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /pay-slips/{paySlip}/barcode.png                                 | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /operator/retail                                                 | login 403   403   403   403   403   403   403   403   403   403   200
			POST   /operator/retail/payments/{retailPayment}/{retailDecision}       | login 403   403   403   403   403   403   403   403   403   403   404
			POST   /operator/retail/settlements                                     | login 403   403   403   403   403   403   403   403   403   403   302
			GET    /support?q=example                                               | login 403   403   403   403   403   403   403   403   403   403   200
			GET    /support/families/{familyId}                                     | login 403   403   403   403   403   403   403   403   403   403   200
			GET    /support/families/{familyId}/phone-deposit                       | login 403   403   403   403   403   403   403   403   403   403   200
			POST   /support/families/{familyId}/phone-deposit/confirm               | login 403   403   403   403   403   403   403   403   403   403   200
			POST   /support/families/{familyId}/phone-deposit                       | login 403   403   403   403   403   403   403   403   403   403   302
			GET    /support/deposits/{deposit}                                      | login 403   403   403   403   403   403   403   403   403   403   200
			POST   /support/deposits/{deposit}/{supportAction}                      | login 403   403   403   403   403   403   403   403   403   403   302
			GET    /kiosk/inbox                                                     | 302   403   403   200   200   403   403   403   403   403   403   403
			GET    /kiosk/meter                                                     | 302   403   403   200   200   403   403   403   403   403   403   403
			GET    /kiosk/minutes                                                   | 302   403   403   200   200   403   403   403   403   403   403   403
			POST   /kiosk/minutes                                                   | 302   403   403   302   302   403   403   403   403   403   403   403
			GET    /kiosk/messages/{message}                                        | 302   403   403   200   404   403   403   403   403   403   403   403
			POST   /kiosk/messages/{message}/print                                  | 302   403   403   302   404   403   403   403   403   403   403   403
			GET    /kiosk/write?account={familyId}                                  | 302   403   403   200   404   403   403   403   403   403   403   403
			POST   /kiosk/drafts                                                    | 302   403   403   204   404   403   403   403   403   403   403   403
			POST   /kiosk/messages                                                  | 302   403   403   302   404   403   403   403   403   403   403   403
			POST   /kiosk/contacts                                                  | 302   403   403   302   302   403   403   403   403   403   403   403
			POST   /kiosk/contacts/{inmateContact}/block                            | 302   403   403   302   404   403   403   403   403   403   403   403
			POST   /kiosk/contacts/{inmateBlockedContact}/unblock                   | 302   403   403   302   404   403   403   403   403   403   403   403
			GET    /kiosk/photos/{photo}                                            | 302   403   403   200   404   403   403   403   403   403   403   403
			GET    /kiosk/photos/{photo}/thumbnail                                  | 302   403   403   200   404   403   403   403   403   403   403   403
			GET    /kiosk/account                                                   | 302   403   403   200   200   403   403   403   403   403   403   403
			POST   /kiosk/stamps                                                    | 302   403   403   302   302   403   403   403   403   403   403   403
			GET    /staff                                                           | login 403   403   403   403   200   200   200   200   200   200   200
			GET    /staff/inmates?q=ortega&agency={agency}                          | login 403   403   403   403   200   200   200   200   200   200   200
			GET    /staff/roster?agency={agency}                                    | login 403   403   403   403   403   403   403   403   200   200   200
			POST   /staff/roster                                                    | login 403   403   403   403   403   403   403   403   200   200   200
			GET    /staff/contacts                                                  | login 403   403   403   403   200   200   403   200   200   200   403
			POST   /staff/contacts/{pendingContact}                                 | login 403   403   403   403   302   404   403   302   302   404   403
			POST   /staff/invitations/{invitation}                                  | login 403   403   403   403   302   404   403   302   302   404   403
			GET    /staff/photos/{photo}                                            | login 403   403   403   403   200   200   200   404   200   404   404
			GET    /staff/print                                                     | login 403   403   403   403   200   200   403   403   200   200   403
			POST   /staff/print                                                     | login 403   403   403   403   302   404   403   403   302   302   403
			GET    /staff/print/{batch}.pdf                                         | login 403   403   403   403   200   404   403   403   200   404   403
			GET    /staff/review                                                    | login 403   403   403   403   200   200   403   403   200   200   403
			POST   /staff/review/{held}                                             | login 403   403   403   403   302   404   403   403   404   404   403
			GET    /staff/investigations?q=matrix                                   | login 403   403   403   403   403   403   200   403   200   200   403
			POST   /staff/investigations/watch                                      | login 403   403   403   403   403   403   302   403   302   302   403
			POST   /staff/investigations/evidence                                   | login 403   403   403   403   403   403   200   403   200   404   403
			GET    /operator/agencies                                               | login 403   403   403   403   403   403   403   403   403   403   200
			POST   /operator/agencies/{windingDown}/wind-down                       | login 403   403   403   403   403   403   403   403   403   403   302
			GET    /visits                                                          | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /visits/book?inmateId={visitInmate}                              | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /visits/confirm                                                  | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /visits                                                          | login 302   404   403   403   403   403   403   403   403   403   403
			GET    /visits/{pageVisit}                                              | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /visits/{pageVisit}/cancel                                       | login 302   404   403   403   403   403   403   403   403   403   403
			GET    /visits/{pageVisit}/change                                       | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /visits/{pageVisit}/change                                       | login 302   404   403   403   403   403   403   403   403   403   403
			GET    /media/gifts                                                     | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /media/gifts/confirm?inmateId={inmate}&itemId={mediaItem}        | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /media/gifts                                                     | login 302   404   403   403   403   403   403   403   403   403   403
			GET    /media/inmates/{inmate}/entitlements.json                        | login 200   404   403   403   403   403   403   403   403   403   403
			GET    /media/tablets                                                   | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /media/tablets/confirm?inmateId={inmate}&modelId={tunes}         | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /media/tablets                                                   | login 302   404   403   403   403   403   403   403   403   403   403
			GET    /kiosk/courses                                                   | 302   403   403   200   200   403   403   403   403   403   403   403
			GET    /kiosk/courses/{enrolledCourse}                                  | 302   403   403   200   200   403   403   403   403   403   403   403
			POST   /kiosk/courses/{course}/enrol                                    | 302   403   403   302   302   403   403   403   403   403   403   403
			GET    /kiosk/courses/{enrolledCourse}/lessons/{lesson}                 | 302   403   403   200   200   403   403   403   403   403   403   403
			GET    /kiosk/courses/{enrolledCourse}/lessons/{lesson}/file            | 302   403   403   200   200   403   403   403   403   403   403   403
			POST   /kiosk/courses/{enrolledCourse}/lessons/{lesson}/done            | 302   403   403   302   302   403   403   403   403   403   403   403
			GET    /kiosk/courses/{enrolledCourse}/quizzes/{quiz}                   | 302   403   403   200   200   403   403   403   403   403   403   403
			POST   /kiosk/courses/{enrolledCourse}/quizzes/{quiz}                   | 302   403   403   302   302   403   403   403   403   403   403   403
			GET    /kiosk/certificates/{familyId}.pdf                               | 302   403   403   404   404   403   403   403   403   403   403   403
			GET    /certificates                                                    | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /certificates/{certificateCode}                                  | 404   404   404   404   404   404   404   404   404   404   404   404
			GET    /courses                                                         | login 200   200   403   403   403   403   403   403   403   403   403
			GET    /staff/credits                                                   | login 403   403   403   403   403   403   403   403   200   200   403
			GET    /staff/credits.csv?month={month}                                 | login 403   403   403   403   403   403   403   403   200   200   403
			POST   /staff/credits/approval                                          | login 403   403   403   403   403   403   403   403   302   302   403
			GET    /staff/inmates/{inmate}                                          | login 403   403   403   403   200   404   200   200   200   404   200
			POST   /staff/inmates/{deviceInmate}/restrictions                       | login 403   403   403   403   302   404   403   302   302   404   403
			POST   /staff/inmates/{inmate}/restrictions/{restriction}/lift          | login 403   403   403   403   302   404   403   302   302   404   403
			POST   /staff/inmates/{inmate}/pin                                      | login 403   403   403   403   302   404   403   302   302   404   403
			POST   /staff/inmates/{inmate}/contacts/{pendingContact}/decision       | login 403   403   403   403   302   404   403   302   302   404   403
			POST   /staff/inmates/{inmate}/contacts/{legalContact}/legal            | login 403   403   403   403   403   404   403   403   302   404   403
			GET    /staff/contract/fees?agency={agency}                             | login 403   403   403   403   403   403   403   403   200   200   200
			POST   /staff/contract/fees/review                                      | login 403   403   403   403   403   403   403   403   200   200   200
			POST   /staff/contract/fees                                             | login 403   403   403   403   403   403   403   403   200   200   200
			GET    /staff/audit                                                     | login 403   403   403   403   403   403   403   403   200   200   200
			GET    /staff/audit?action=restriction.&from={today}&to={today}         | login 403   403   403   403   403   403   403   403   200   200   200
			POST   /staff/audit/check                                               | login 403   403   403   403   403   403   403   403   302   302   302
			GET    /staff/screening                                                 | login 403   403   403   403   200   200   200   403   200   200   403
			POST   /staff/screening/test                                            | login 403   403   403   403   200   200   200   403   200   200   403
			POST   /staff/screening/keywords                                        | login 403   403   403   403   403   403   403   403   302   302   403
			POST   /staff/screening/keywords/{keyword}/remove                       | login 403   403   403   403   403   403   403   403   302   404   403
			POST   /staff/screening/watch                                           | login 403   403   403   403   302   302   302   403   302   302   403
			POST   /staff/screening/watch/{watch}/remove                            | login 403   403   403   403   302   404   404   403   404   404   403
			GET    /staff/reports?agency={agency}                                   | login 403   403   403   403   403   403   403   403   200   200   200
			GET    /staff/reports?agency={agency}&grain=MONTH                       | login 403   403   403   403   403   403   403   403   200   200   200
			GET    /staff/reports/report.csv?agency={agency}                        | login 403   403   403   403   403   403   403   403   200   200   200
			GET    /staff/reports/statement.pdf?agency={agency}                     | login 403   403   403   403   403   403   403   403   200   200   200
			GET    /staff/reports/statement.csv?agency={agency}                     | login 403   403   403   403   403   403   403   403   200   200   200
			GET    /operator/reports                                                | login 403   403   403   403   403   403   403   403   403   403   200
			POST   /operator/reports/rebuild                                        | login 403   403   403   403   403   403   403   403   403   403   302
			GET    /prices                                                          | 200   200   200   200   200   200   200   200   200   200   200   200
			GET    /prices/{agency}                                                 | 200   200   200   200   200   200   200   200   200   200   200   200
			POST   /kiosk/courses/sharing                                           | 302   403   403   302   302   403   403   403   403   403   403   403
			GET    /kiosk/media/tablets                                             | 302   403   403   200   200   403   403   403   403   403   403   403
			GET    /kiosk/media/tablets/{tunes}                                     | 302   403   403   200   200   403   403   403   403   403   403   403
			POST   /kiosk/media/tablets/{tunes}/order                               | 302   403   403   302   302   403   403   403   403   403   403   403
			GET    /kiosk/media                                                     | 302   403   403   200   200   403   403   403   403   403   403   403
			GET    /kiosk/media/{mediaItem}                                         | 302   403   403   200   200   403   403   403   403   403   403   403
			POST   /kiosk/media/{mediaItem}/buy                                     | 302   403   403   302   302   403   403   403   403   403   403   403
			GET    /kiosk/media/library                                             | 302   403   403   200   200   403   403   403   403   403   403   403
			GET    /kiosk/media/library/{mediaItem}/read                            | 302   403   403   404   404   403   403   403   403   403   403   403
			GET    /kiosk/media/files/{mediaItem}?expires=1&signature=x             | 302   403   403   403   403   403   403   403   403   403   403   403
			GET    /kiosk/visits                                                    | 302   403   403   200   200   403   403   403   403   403   403   403
			GET    /staff/visits                                                    | login 403   403   403   403   403   403   403   200   200   200   403
			GET    /staff/visits/schedule.pdf?facilityId={visitFacility}&date={today}| login 403   403   403   403   403   403   403   200   200   404   403
			GET    /staff/visits/live                                               | login 403   403   403   403   403   403   403   200   200   200   403
			GET    /staff/visits/live?facilityId={visitFacility}                    | login 403   403   403   403   403   403   403   200   200   404   403
			GET    /staff/visits/live/ids?facilityId={visitFacility}                | login 403   403   403   403   403   403   403   200   200   404   403
			POST   /staff/visits/{pageRequestedVisit}/decision                      | login 403   403   403   403   403   403   403   302   302   404   403
			POST   /staff/visits/{pageStaffVisit}/cancel                            | login 403   403   403   403   403   403   403   302   302   404   403
			GET    /visits/{pageVisit}/call                                         | login 200   404   403   403   403   403   403   403   403   403   403
			GET    /visits/{pageVisit}/call/state                                   | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /visits/{pageVisit}/call/publish                                 | login 422   404   403   403   403   403   403   403   403   403   403
			POST   /visits/{pageVisit}/call/presence                                | login 200   404   403   403   403   403   403   403   403   403   403
			POST   /visits/{pageVisit}/call/receive                                 | login 422   404   403   403   403   403   403   403   403   403   403
			POST   /visits/{pageVisit}/call/receive/{subscription}                  | login 404   404   403   403   403   403   403   403   403   403   403
			GET    /kiosk/visits/{pageVisit}/call                                   | 302   403   403   404   404   403   403   403   403   403   403   403
			GET    /kiosk/visits/{pageVisit}/call/state                             | 302   403   403   404   404   403   403   403   403   403   403   403
			POST   /kiosk/visits/{pageVisit}/call/publish                           | 302   403   403   404   404   403   403   403   403   403   403   403
			POST   /kiosk/visits/{pageVisit}/call/presence                          | 302   403   403   404   404   403   403   403   403   403   403   403
			POST   /kiosk/visits/{pageVisit}/call/receive                           | 302   403   403   404   404   403   403   403   403   403   403   403
			POST   /kiosk/visits/{pageVisit}/call/receive/{subscription}            | 302   403   403   404   404   403   403   403   403   403   403   403
			GET    /staff/visits/{pageStaffVisit}/monitor                           | login 403   403   403   403   403   403   403   200   200   404   403
			POST   /staff/visits/{pageStaffVisit}/monitor/receive                   | login 403   403   403   403   403   403   403   409   409   404   403
			POST   /staff/visits/{pageStaffVisit}/monitor/receive/{subscription}    | login 403   403   403   403   403   403   403   404   404   404   403
			POST   /staff/visits/{pageStaffVisit}/end                               | login 403   403   403   403   403   403   403   302   302   404   403
			POST   /staff/visits/{pageStaffVisit}/warning                           | login 403   403   403   403   403   403   403   302   302   404   403
			GET    /staff/investigations/visits                                     | login 403   403   403   403   403   403   200   403   200   200   403
			GET    /staff/investigations/recordings/{recording}                     | login 403   403   403   403   403   403   200   403   200   404   403
			GET    /staff/investigations/recordings/{recording}/export              | login 403   403   403   403   403   403   200   403   200   404   403
			GET    /staff/media/entitlements.json                                   | login 403   403   403   403   403   403   403   403   200   200   403
			GET    /staff/media/tablet-orders                                       | login 403   403   403   403   200   200   403   200   200   200   403
			POST   /staff/media/tablet-orders/{pageTabletOrder}/fulfil              | login 403   403   403   403   302   404   403   302   302   404   403
			POST   /staff/media/tablet-orders/{pageTabletOrder}/cancel              | login 403   403   403   403   200   404   403   200   200   404   403
			POST   /staff/investigations/recordings/{recording}/hold                | login 403   403   403   403   403   403   302   403   302   404   403
			""";
	// @formatter:on

	/** Request bodies of the API rows (JSON), by row. */
	static final Map<String, String> BODIES = Map.ofEntries(Map.entry("POST /api/v1/accounts", """
			{"email":"new-{unique}@example.com","password":"Family#2026","firstName":"Ana","lastName":"Lee",
			 "phones":["305-555-0101"],"acceptTerms":true,
			 "address":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}"""),
			Map.entry("POST /api/v1/sessions",
					"{\"email\":\"nobody-{unique}@example.com\",\"password\":\"Family#2026\"}"),
			Map.entry("POST /api/v1/kiosk/sessions",
					"{\"agencyCode\":\"{agency}\",\"inmateNumber\":\"NOBODY\",\"pin\":\"2468\"}"),
			Map.entry("POST /api/v1/password-resets", "{\"email\":\"nobody-{unique}@example.com\"}"),
			Map.entry("POST /api/v1/password-resets/{badToken}",
					"{\"newPassword\":\"Family#2027\",\"confirmPassword\":\"Family#2027\"}"),
			Map.entry("POST /api/v1/me/password",
					"{\"currentPassword\":\"Wrong#2026\",\"newPassword\":\"Family#2027\",\"confirmPassword\":\"Family#2027\"}"),
			Map.entry("POST /api/v1/me/email",
					"{\"newEmail\":\"moved-{unique}@example.com\",\"confirmEmail\":\"moved-{unique}@example.com\"}"),
			Map.entry("PUT /api/v1/me/phones", "{\"phones\":[\"305-555-0101\"]}"),
			Map.entry("POST /api/v1/me/closure", "{\"password\":\"Wrong#2026\"}"),
			Map.entry("POST /api/v1/agencies/{agency}/staff",
					"{\"email\":\"staff-{unique}@agency.test\",\"displayName\":\"Matrix Staff\",\"roles\":[\"MAILROOM_REVIEWER\"]}"),
			Map.entry("PUT /api/v1/agencies/{agency}/staff/{staff}/roles",
					"{\"roles\":[\"MAILROOM_REVIEWER\",\"VISITATION_OFFICER\"]}"),
			Map.entry("POST /api/v1/agencies/{agency}/inmates/{inmate}/pin", "{\"pin\":\"2468\"}"),
			// on an inmate of its own: the restriction would close the store to {inmate}
			Map.entry("POST /api/v1/agencies/{agency}/inmates/{thirdInmate}/restrictions",
					"{\"kind\":\"NO_MEDIA\",\"until\":\"2099-01-01\",\"reason\":\"matrix\"}"),
			Map.entry("PUT /api/v1/agencies/{agency}/contract/services/{media}", "{\"enabled\":true}"),
			Map.entry("POST /api/v1/admin/agencies/{windingDown}/wind-down",
					"{\"serviceEndsOn\":\"2099-01-01\",\"viewOnlyUntil\":\"2099-06-01\"}"),
			Map.entry("POST /api/v1/contacts", "{\"inmateId\":\"{thirdInmate}\"}"),
			Map.entry("POST /api/v1/contacts/accept", "{\"code\":\"NOSUCHCODE\"}"),
			Map.entry("POST /api/v1/kiosk/contacts",
					"{\"name\":\"Matrix Friend\",\"email\":\"friend-{unique}@example.com\"}"),
			Map.entry("POST /api/v1/staff/contacts/{pendingContact}/decision", "{\"decision\":\"APPROVE\"}"),
			Map.entry("POST /api/v1/staff/contacts/{legalContact}/privileged",
					"{\"kind\":\"ATTORNEY\",\"barNumber\":\"FL-1234\"}"),
			Map.entry("POST /api/v1/staff/invitations/{invitation}/decision", "{\"decision\":\"APPROVE\"}"),
			Map.entry("POST /api/v1/payment-methods", MatrixRecords.CARD),
			Map.entry("PUT /api/v1/payment-methods/{card}",
					"""
							{"expiryMonth":11,"expiryYear":2031,
							 "billingAddress":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}"""),
			Map.entry("POST /api/v1/stamp-purchases",
					"{\"agencyCode\":\"{agency}\",\"bundleId\":\"{bundle}\",\"paymentMethodId\":\"{card}\"}"),
			Map.entry("POST /api/v1/messages/quote", "{\"inmateId\":\"{inmate}\",\"body\":\"What would this cost?\"}"),
			Map.entry("POST /api/v1/messages", "{\"inmateId\":\"{inmate}\",\"body\":\"The matrix says hello.\"}"),
			Map.entry("PUT /api/v1/drafts/{draft}", "{\"inmateId\":\"{inmate}\",\"body\":\"Dear Luis,\"}"),
			Map.entry("PUT /api/v1/kiosk/drafts/{kioskDraft}",
					"{\"accountId\":\"{familyId}\",\"body\":\"Dear Rosa,\"}"),
			Map.entry("POST /api/v1/kiosk/stamp-purchases", "{\"stamps\":1}"),
			Map.entry("POST /api/v1/kiosk/media/purchases", "{\"itemId\":\"{curatedItem}\"}"),
			Map.entry("POST /api/v1/staff/devices",
					"{\"serial\":\"MX-{unique}\",\"model\":\"Matrix Tab\",\"facilityCode\":\"NORTH\"}"),
			Map.entry("POST /api/v1/staff/devices/{device}/issue", "{\"inmateId\":\"{deviceInmate}\"}"),
			Map.entry("POST /api/v1/staff/devices/{issuedDevice}/swap", "{\"replacementId\":\"{device}\"}"),
			Map.entry("POST /api/v1/staff/devices/{device}/status", "{\"status\":\"LOST\"}"),
			Map.entry("POST /api/v1/tablet/sessions",
					"{\"serial\":\"NO-SUCH-TABLET\",\"secret\":\"x\",\"pin\":\"0000\"}"),
			Map.entry("POST /api/v1/kiosk/courses/{enrolledCourse}/quizzes/{quiz}/attempts", "{\"answers\":[0,1]}"),
			Map.entry("PUT /api/v1/agencies/{agency}/credit-rule",
					"{\"daysPerCourse\":5,\"maxDaysPerMonth\":30,\"courseCodes\":[]}"),
			Map.entry("POST /api/v1/agencies/{agency}/credits/approval", "{\"month\":\"{month}\"}"),
			Map.entry("PUT /api/v1/kiosk/courses/sharing", "{\"shared\":true}"),
			Map.entry("POST /api/v1/kiosk/tablets/orders", "{\"modelId\":\"{tunes}\"}"),
			Map.entry("POST /api/v1/media/tablet-orders",
					"{\"inmateId\":\"{inmate}\",\"modelId\":\"{tunes}\",\"paymentMethodId\":\"{card}\"}"),
			Map.entry("POST /api/v1/staff/tablet-orders/{tabletOrder}/fulfil", "{\"deviceId\":\"{device}\"}"),
			Map.entry("POST /api/v1/staff/tablet-orders/{tabletOrder}/cancel", "{\"reason\":\"Matrix\"}"),
			Map.entry("POST /api/v1/media/gifts",
					"{\"inmateId\":\"{inmate}\",\"itemId\":\"{curatedItem}\",\"paymentMethodId\":\"{card}\"}"),
			Map.entry("POST /api/v1/admin/media/albums",
					"{\"title\":\"Matrix\",\"rightsHolder\":\"M\",\"price\":{\"amount\":\"1.00\",\"currency\":\"USD\"},\"tracks\":[\"{albumTrack}\"]}"),
			Map.entry("PUT /api/v1/agencies/{agency}/media/policy",
					"{\"kinds\":[\"MUSIC\",\"VIDEO\",\"EBOOK\",\"GAME\",\"PODCAST\"],\"explicitAllowed\":false,\"commissionPercent\":10}"),
			Map.entry("POST /api/v1/staff/media/items/{curatedItem}/block", "{\"reason\":\"Matrix\"}"),
			Map.entry("PUT /api/v1/staff/media/items/{curatedItem}/price",
					"{\"price\":{\"amount\":\"0.99\",\"currency\":\"USD\"}}"),
			Map.entry("POST /api/v1/kiosk/messages", "{\"accountId\":\"{familyId}\",\"body\":\"Thank you.\"}"),
			Map.entry("POST /api/v1/deposits",
					"{\"inmateId\":\"{inmate}\",\"amount\":{\"amount\":\"5.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"{card}\"}"),
			Map.entry("POST /api/v1/recurring-deposits",
					"{\"inmateId\":\"{inmate}\",\"amount\":{\"amount\":\"5.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"{card}\",\"dayOfMonth\":15}"),
			Map.entry("POST /api/v1/supervision-payments",
					"""
							{"caseId":"{supervisionCase}","obligation":"SUPERVISION_FEE","amount":{"amount":"5.00","currency":"USD"},
							 "paymentMethodId":"{card}"}"""),
			Map.entry("POST /api/v1/admin/deposits/{refundable}/refund", "{\"reason\":\"matrix\"}"),
			Map.entry("POST /api/v1/kiosk/minute-purchases", "{\"minutes\":40}"),
			Map.entry("POST /api/v1/deposits/pay-slips",
					"{\"inmateId\":\"{inmate}\",\"amount\":{\"amount\":\"5.00\",\"currency\":\"USD\"}}"),
			// unsigned: a session of any kind is not a retail network's signature
			Map.entry("POST /api/v1/partners/retail/payments",
					"{\"transactionId\":\"T-{unique}\",\"reference\":\"{paySlip}\",\"amount\":{\"amount\":\"5.00\",\"currency\":\"USD\"}}"),
			Map.entry("POST /api/v1/admin/retail/payments/{retailPayment}/apply", "{\"reason\":\"matrix\"}"),
			Map.entry("POST /api/v1/admin/retail/payments/{retailPayment}/return", "{\"reason\":\"matrix\"}"),
			Map.entry("POST /api/v1/admin/deposits/{chargedBack}/chargeback", "{\"reason\":\"matrix\"}"),
			Map.entry("POST /api/v1/review/messages/{held}/decision", "{\"decision\":\"APPROVE\"}"),
			Map.entry("POST /api/v1/screening/keywords", "{\"phrase\":\"matrix {unique}\",\"category\":\"test\"}"),
			Map.entry("POST /api/v1/screening/watch-list",
					"{\"kind\":\"EMAIL\",\"entry\":\"watched-{unique}@example.com\",\"reason\":\"matrix\"}"),
			Map.entry("POST /api/v1/investigations/evidence", "{\"messageIds\":[\"{message}\"]}"),
			Map.entry("POST /api/v1/staff/print-batches", "{\"facilityId\":\"{north}\"}"),
			Map.entry("POST /api/v1/visits",
					"{\"inmateId\":\"{visitInmate}\",\"start\":\"{visitStart}\",\"lengthMinutes\":15,\"paymentMethodId\":\"{card}\"}"),
			Map.entry("POST /api/v1/staff/visits/{requestedVisit}/decision", "{\"decision\":\"APPROVE\"}"),
			Map.entry("POST /api/v1/visits/{visit}/reschedule", "{\"start\":\"{moveStart}\"}"),
			Map.entry("POST /api/v1/staff/visits/{staffVisit}/cancel", "{\"reason\":\"LOCKDOWN\"}"),
			Map.entry("POST /api/v1/visits/{visit}/call/publish", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /api/v1/visits/{visit}/call/presence", "{\"connected\":true}"),
			Map.entry("POST /api/v1/kiosk/visits/{visit}/call/presence", "{\"connected\":true}"),
			Map.entry("POST /visits/{pageVisit}/call/presence", "{\"connected\":true}"),
			Map.entry("POST /kiosk/visits/{pageVisit}/call/presence", "{\"connected\":true}"),
			Map.entry("POST /api/v1/visits/{visit}/call/receive/{subscription}", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /api/v1/kiosk/visits/{visit}/call/publish", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /api/v1/kiosk/visits/{visit}/call/receive/{subscription}", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /api/v1/staff/visits/{staffVisit}/monitor/{subscription}", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /visits/{pageVisit}/call/publish", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /visits/{pageVisit}/call/receive/{subscription}", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /kiosk/visits/{pageVisit}/call/publish", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /kiosk/visits/{pageVisit}/call/receive/{subscription}", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /staff/visits/{pageStaffVisit}/monitor/receive/{subscription}", "{\"sdp\":\"v=0\"}"),
			Map.entry("POST /api/v1/staff/visits/{staffVisit}/terminate", "{\"reason\":\"MISCONDUCT\"}"),
			Map.entry("POST /api/v1/staff/visits/{staffVisit}/warning", "{\"warning\":\"CONDUCT\"}"),
			Map.entry("POST /api/v1/investigations/recordings/{recording}/hold",
					"{\"held\":true,\"reason\":\"matrix\"}"),
			Map.entry("POST /api/v1/admin/stamp-refunds",
					"{\"accountId\":\"{otherFamilyId}\",\"agencyCode\":\"{agency}\",\"reason\":\"matrix\"}"));

	/** Form fields of the page rows, as a query string, by row. */
	static final Map<String, String> FORMS = Map.ofEntries(Map.entry("POST /login/second-factor", "code=000000"), Map
		.entry("POST /register",
				"state=FL&email=page-{unique}@example.com&password=Family#2026&confirmPassword=Family#2026"
						+ "&firstName=Ana&lastName=Lee&phone=305-555-0101&line1=1 Main St&city=Miami&region=FL&postalCode=33101"
						+ "&country=US&acceptTerms=true&_acceptTerms=on"),
			Map.entry("POST /forgot-password", "email=nobody-{unique}@example.com"),
			Map.entry("POST /password-reset/{badToken}", "newPassword=Family#2027&confirmPassword=Family#2027"),
			Map.entry("POST /kiosk/sign-in", "agencyCode={agency}&inmateNumber=NOBODY&pin=2468"),
			Map.entry("POST /account/password",
					"currentPassword=Wrong#2026&newPassword=Family#2027&confirmPassword=Family#2027"),
			Map.entry("POST /account/email",
					"newEmail=moved-{unique}@example.com&confirmEmail=moved-{unique}@example.com"),
			Map.entry("POST /account/phones", "phones=305-555-0101"),
			Map.entry("POST /account/close", "password=Wrong#2026"),
			Map.entry("POST /account/cards", "cardNumber=4242424242424242&expiryMonth=12&expiryYear=2030&cvc=123"
					+ "&cardholderName=Rosa Diaz&line1=1 Main St&city=Miami&region=FL&postalCode=33101&country=US"),
			Map.entry("POST /account/cards/{card}",
					"expiryMonth=10&expiryYear=2031&line1=1 Main St&city=Miami&region=FL"
							+ "&postalCode=33101&country=US"),
			Map.entry("POST /stamps/confirm", "offer={agency}:{bundle}&card={card}"),
			Map.entry("POST /stamps/buy", "key={unique}&agencyCode={agency}&bundle={bundle}&card={card}"),
			Map.entry("POST /messages/drafts", "draftId={pageDraft}&inmateId={inmate}&body=Dear Luis"),
			Map.entry("POST /messages/quote", "inmateId={inmate}&body=What would this cost?"),
			Map.entry("POST /messages",
					"inmateId={inmate}&draftId={unique}-4000-8000-000000000000&key={unique}&body=Hello from the page"),
			Map.entry("POST /contacts", "inmateId={thirdInmate}"),
			Map.entry("POST /contacts/accept", "code=NOSUCHCODE"),
			Map.entry("POST /deposits/confirm", "inmateId={inmate}&amount=5.00&card={card}"),
			Map.entry("POST /pay-slips/review", "agency={agency}&number={inmateNumber}&amount=5.00"),
			Map.entry("POST /pay-slips", "inmateId={inmate}&amount=5.00"),
			Map.entry("POST /kiosk/minutes", "minutes=40&key={unique}"),
			Map.entry("POST /kiosk/messages/{message}/print", "key={unique}"),
			Map.entry("POST /operator/retail/payments/{retailPayment}/{retailDecision}", "reason=matrix"),
			Map.entry("POST /operator/retail/settlements", "partner={retailPartner}&businessDate={today}"),
			Map.entry("POST /support/families/{familyId}/phone-deposit/confirm",
					"inmateId={inmate}&amount=5.00&reason=matrix"),
			Map.entry("POST /support/families/{familyId}/phone-deposit",
					"inmateId={inmate}&amount=5.00&reason=matrix&key={unique}&cardNumber=4242424242424242&expiryMonth=12"
							+ "&expiryYear=2030&cvc=123&cardholderName=Matrix&line1=1 Main St&city=Miami&region=FL&postalCode=33101"),
			Map.entry("POST /support/deposits/{deposit}/{supportAction}", "reason=matrix"),
			Map.entry("POST /deposits", "inmateId={inmate}&amount=5.00&card={card}&key={unique}"),
			Map.entry("POST /deposits/recurring",
					"inmateId={inmate}&amount=5.00&card={card}&dayOfMonth=12&confirmed=true"),
			Map.entry("POST /kiosk/drafts", "draftId={pageKioskDraft}&accountId={familyId}&body=Dear Rosa"),
			Map.entry("POST /kiosk/messages",
					"accountId={familyId}&draftId={unique}-4000-8000-000000000000&key={unique}&body=Thank you from the kiosk"),
			Map.entry("POST /kiosk/contacts", "name=Matrix Friend&email=friend-{unique}@example.com"),
			Map.entry("POST /kiosk/stamps", "stamps=1&key={unique}&confirmed=true"),
			Map.entry("POST /kiosk/media/{mediaItem}/buy", "key={unique}"),
			Map.entry("POST /media/gifts", "inmateId={inmate}&itemId={curatedItem}&card={card}&key={unique}"),
			Map.entry("POST /media/tablets", "inmateId={inmate}&modelId={tunes}&card={card}&key={unique}"),
			Map.entry("POST /kiosk/media/tablets/{tunes}/order", "key={unique}"),
			Map.entry("POST /staff/credits/approval", "month={month}"),
			Map.entry("POST /staff/screening/test", "text=A plan to escape"),
			// refused (no phrase, no one named), so that no list changes
			Map.entry("POST /staff/screening/keywords", "phrase=&category=TEST"),
			Map.entry("POST /staff/screening/watch", "kind=EMAIL&entry=&reason=matrix"),
			Map.entry("POST /staff/contract/fees/review", "agency={agency}&channel=LOBBY&upTo=300.00&fee=6.95"),
			// refused (not an amount), so that no agency's fees change
			Map.entry("POST /staff/contract/fees", "agency={agency}&channel=LOBBY&upTo=lots&fee=6.95"),
			Map.entry("POST /staff/inmates/{deviceInmate}/restrictions", "kind=NO_MEDIA&reason=matrix"),
			Map.entry("POST /staff/inmates/{inmate}/restrictions/{restriction}/lift", "reason=matrix"),
			Map.entry("POST /staff/inmates/{inmate}/pin", "pin=2468"),
			Map.entry("POST /staff/inmates/{inmate}/contacts/{pendingContact}/decision", "decision=APPROVE"),
			Map.entry("POST /staff/inmates/{inmate}/contacts/{legalContact}/legal", "kind=ATTORNEY&barNumber=FL-123"),
			Map.entry("POST /kiosk/courses/sharing", "shared=true"),
			Map.entry("POST /kiosk/courses/{enrolledCourse}/quizzes/{quiz}", "q0=0&q1=1"),
			Map.entry("POST /staff/media/tablet-orders/{pageTabletOrder}/fulfil", "deviceId={device}"),
			Map.entry("POST /staff/roster", "agency={agency}&mode=PARTIAL"),
			Map.entry("POST /staff/contacts/{pendingContact}", "decision=APPROVE"),
			Map.entry("POST /staff/invitations/{invitation}", "decision=APPROVE"),
			Map.entry("POST /staff/print", "facilityId={north}"),
			Map.entry("POST /staff/review/{held}", "decision=APPROVE"),
			Map.entry("POST /staff/investigations/watch", "kind=ACCOUNT&entry={otherFamilyId}&q=matrix"),
			Map.entry("POST /staff/investigations/evidence", "messageIds={message}"),
			Map.entry("POST /visits/confirm", "inmateId={visitInmate}&slot={pageVisitStart}/15"),
			Map.entry("POST /visits/{pageVisit}/change", "slot={pageMoveStart}/15"),
			Map.entry("POST /visits",
					"inmateId={visitInmate}&start={pageVisitStart}&minutes=15&card={card}&key={unique}"),
			Map.entry("POST /staff/visits/{pageRequestedVisit}/decision",
					"decision=APPROVE&facilityId={visitFacility}&date={today}"),
			Map.entry("POST /staff/visits/{pageStaffVisit}/cancel",
					"reason=LOCKDOWN&facilityId={visitFacility}&date={today}"),
			Map.entry("POST /staff/visits/{pageStaffVisit}/end", "reason=MISCONDUCT"),
			Map.entry("POST /staff/visits/{pageStaffVisit}/warning", "warning=CONDUCT"),
			Map.entry("POST /staff/investigations/recordings/{recording}/hold", "held=true&reason=matrix"),
			Map.entry("POST /operator/agencies/{windingDown}/wind-down",
					"serviceEndsOn=2099-01-01&viewOnlyUntil=2099-06-01&confirmed=true"));

	/** Rows that upload a file, and the file (its text filled in like a body). */
	static final Map<String, String> FILES = Map.of("POST /api/v1/agencies/{agency}/roster?mode=PARTIAL",
			"inmate_number,last_name,first_name,date_of_birth,facility_code,housing_unit\n{inmateNumber},Ortega,Luis,1990-01-01,NORTH,\n",
			"POST /staff/roster",
			"inmate_number,last_name,first_name,date_of_birth,facility_code,housing_unit\n{inmateNumber},Ortega,Luis,1990-01-01,NORTH,\n",
			"POST /api/v1/agencies/{agency}/contact-imports",
			"inmate_number,email\n{inmateNumber},imported-{unique}@example.com\n",
			"POST /api/v1/admin/media/items?kind=EBOOK&price=1.00&rightsHolder=M", "not a book",
			"POST /api/v1/admin/retail/partners/{retailPartner}/settlements?businessDate={today}",
			"transaction_id,reference,amount,fee\n", "POST /operator/retail/settlements",
			"transaction_id,reference,amount,fee\n");

	/**
	 * Rows that end the caller's session, or replace it (registering signs the new member
	 * in): each caller signs in afresh for them.
	 */
	static final Set<String> OWN_SESSION = Set.of("DELETE /api/v1/sessions/current",
			"DELETE /api/v1/kiosk/sessions/current", "POST /register");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	MatrixRecords fixture;

	RowRecords records;

	final Map<Who, String> tokens = new EnumMap<>(Who.class);

	final Map<Who, PageSession> sessions = new EnumMap<>(Who.class);

	@BeforeAll
	void callersAndTheirRecords() throws Exception {
		fixture = MatrixRecords.create(mvc, jdbc);
		for (Who who : Who.values()) {
			if (who != Who.ANONYMOUS) {
				tokens.put(who, token(who));
				sessions.put(who, session(who));
			}
		}
		records = new RowRecords(mvc, jdbc, fixture, tokens);
	}

	@Test
	void everyRouteOfHomewardHasARow() {
		Set<String> covered = new LinkedHashSet<>();
		Matrix.parse(API, Who.values().length).forEach(row -> covered.add(row.route()));
		Matrix.parse(PAGES, Who.values().length).forEach(row -> covered.add(row.route()));
		Set<String> routes = Matrix.routes(mapping);
		assertThat(routes).as("routes without a row in the matrix").isSubsetOf(covered);
		assertThat(covered).as("rows for routes Homeward does not have").isSubsetOf(routes);
	}

	@Test
	void theApiAnswersEachCallerAsTheMatrixSays() throws Exception {
		check(Matrix.parse(API, Who.values().length), this::api);
	}

	@Test
	void pagesAnswerEachCallerAsTheMatrixSays() throws Exception {
		check(Matrix.parse(PAGES, Who.values().length), this::page);
	}

	@Test
	void aCallerOfTheWrongKindIsRefusedBeforeTheRequestIsRead() throws Exception {
		for (Who who : List.of(Who.INMATE, Who.REVIEWER, Who.OPERATOR)) {
			assertThat(answer(post("/api/v1/stamp-purchases"), who, "{}")).as("%s buying stamps with nothing", who)
				.isEqualTo(403);
			assertThat(answer(post("/api/v1/review/messages/" + UUID.randomUUID() + "/decision"),
					who == Who.REVIEWER ? Who.FAMILY : who, "{\"decision\":\"MAYBE\"}"))
				.isEqualTo(403);
		}
		assertThat(answer(post("/api/v1/stamp-purchases"), Who.FAMILY, "{}")).as("the family: the request is read")
			.isEqualTo(400);
		assertThat(answer(post("/api/v1/admin/stamp-refunds"), Who.ADMIN, "{}")).isEqualTo(403);
	}

	private int answer(MockHttpServletRequestBuilder request, Who who, String body) throws Exception {
		return mvc
			.perform(request.header("Authorization", "Bearer " + tokens.get(who))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	interface Call {

		String answer(Matrix.Row row, Map<String, String> variables, Who who) throws Exception;

	}

	/**
	 * Runs every row for every caller, the rows in an order of their own each run (the
	 * seed is printed, and {@code -Dmatrix.seed} runs that order again): no row may
	 * depend on another, the records a row changes are made for it ({@link RowRecords}).
	 * On a difference, prints the whole table as it was answered.
	 */
	private void check(List<Matrix.Row> table, Call call) throws Exception {
		long seed = Long.getLong("matrix.seed", System.nanoTime());
		List<Matrix.Row> rows = new ArrayList<>(table);
		Collections.shuffle(rows, new Random(seed));
		List<String> differences = new ArrayList<>();
		StringBuilder answered = new StringBuilder();
		for (Matrix.Row row : rows) {
			Map<String, String> variables = records.forRow(row.path(), BODIES.get(row.key()), FORMS.get(row.key()),
					FILES.get(row.key()));
			List<String> answers = new ArrayList<>();
			for (Who who : Who.values()) {
				String answer = call.answer(row, variables, who);
				answers.add(answer);
				if (!answer.equals(row.expected().get(who.ordinal()))) {
					differences.add("%s as %s: %s, expected %s".formatted(row.key(), who, answer,
							row.expected().get(who.ordinal())));
				}
			}
			answered.append("%-6s %-52s| %s%n".formatted(row.method(), row.path(),
					String.join(" ", answers.stream().map(a -> "%-4s".formatted(a)).toList()).stripTrailing()));
		}
		if (!differences.isEmpty()) {
			System.out
				.println("The matrix as answered (rows in the order of -Dmatrix.seed=" + seed + "):\n" + answered);
		}
		assertThat(differences).as("rows run in the order of -Dmatrix.seed=%d", seed).isEmpty();
	}

	private String api(Matrix.Row row, Map<String, String> variables, Who who) throws Exception {
		String path = Matrix.fill(row.path(), variables);
		AbstractMockHttpServletRequestBuilder<?> request;
		if (FILES.containsKey(row.key())) {
			request = multipart(HttpMethod.valueOf(row.method()), path).file(new MockMultipartFile("file", "upload.csv",
					"text/csv", Matrix.fill(FILES.get(row.key()), variables).getBytes(StandardCharsets.UTF_8)));
		}
		else if (row.key().equals("POST /api/v1/attachments")) {
			request = multipart(path)
				.file(new MockMultipartFile("file", "me.png", "image/png", TestImages.png(40, 30)));
		}
		else {
			request = request(HttpMethod.valueOf(row.method()), path);
		}
		if (BODIES.containsKey(row.key())) {
			request.contentType(MediaType.APPLICATION_JSON).content(Matrix.fill(BODIES.get(row.key()), variables));
		}
		if (!row.method().equals("GET")) {
			request.header("Idempotency-Key", UUID.randomUUID().toString());
		}
		if (who != Who.ANONYMOUS) {
			request.header("Authorization",
					"Bearer " + (OWN_SESSION.contains(row.key()) ? token(who) : tokens.get(who)));
		}
		return String.valueOf(mvc.perform(request).andReturn().getResponse().getStatus());
	}

	private String page(Matrix.Row row, Map<String, String> variables, Who who) throws Exception {
		String path = Matrix.fill(row.path(), variables);
		AbstractMockHttpServletRequestBuilder<?> request;
		if (FILES.containsKey(row.key())) {
			request = multipart(path).file(new MockMultipartFile("file", "roster.csv", "text/csv",
					Matrix.fill(FILES.get(row.key()), variables).getBytes(StandardCharsets.UTF_8)));
		}
		else if (row.key().equals("POST /messages")) {
			request = multipart(path);
		}
		else {
			request = request(HttpMethod.valueOf(row.method()), path);
		}
		if (FORMS.containsKey(row.key())) {
			for (String field : Matrix.fill(FORMS.get(row.key()), variables).split("&")) {
				String[] pair = field.split("=", 2);
				request.param(pair[0], pair[1]);
			}
		}
		if (BODIES.containsKey(row.key())) {
			request.contentType(MediaType.APPLICATION_JSON).content(Matrix.fill(BODIES.get(row.key()), variables));
		}
		if (!row.method().equals("GET")) {
			request.with(csrf());
		}
		if (who != Who.ANONYMOUS) {
			request.with(OWN_SESSION.contains(row.key()) ? session(who) : sessions.get(who));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String location = response.getRedirectedUrl();
		return response.getStatus() == 302 && location != null && location.endsWith("/login") ? "login"
				: String.valueOf(response.getStatus());
	}

	/** A fresh API token of the caller. */
	private String token(Who who) throws Exception {
		return switch (who) {
			case ANONYMOUS -> throw new IllegalArgumentException("anonymous callers have no token");
			case INMATE, OTHER_INMATE -> Correspondents.kiosk(mvc, "DEMO-DOC", fixture.inmateNumber(who)).substring(7);
			default -> SignedIn.tokenFrom(mvc
				.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
					.content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(fixture.email(who),
							fixture.password(who))))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString());
		};
	}

	/** A signed-in page session of the caller: the sign-in form, or the kiosk's. */
	private PageSession session(Who who) throws Exception {
		RequestBuilder signIn = switch (who) {
			case ANONYMOUS -> throw new IllegalArgumentException("anonymous callers have no session");
			case INMATE,
					OTHER_INMATE ->
				post("/kiosk/sign-in").with(csrf())
					.param("agencyCode", "DEMO-DOC")
					.param("inmateNumber", fixture.inmateNumber(who))
					.param("pin", "2468");
			default -> formLogin("/login").user(fixture.email(who)).password(fixture.password(who));
		};
		return PageSession.of(mvc.perform(signIn).andExpect(status().isFound()).andReturn());
	}

}
