package org.homeward.shared;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer of a paid call whose card was declined (402), the same for every payment:
 * what was not done, the card network's reason, and the declined attempt's id.
 */
public final class CardDeclined {

	private CardDeclined() {
	}

	/**
	 * @param notDone what did not happen, e.g. "No stamps were bought"
	 * @param idProperty the name of the attempt's id in the problem, e.g.
	 * {@code purchaseId}
	 */
	public static ResponseEntity<ProblemDetail> answer(String reason, String notDone, String idProperty, UUID id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED,
				"Your card was declined (" + reason + "). " + notDone + " and nothing was charged.");
		problem.setTitle("Card declined");
		problem.setProperty("code", "card-declined");
		problem.setProperty(idProperty, id);
		return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED).body(problem);
	}

}
