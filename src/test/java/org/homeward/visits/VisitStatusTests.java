package org.homeward.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.homeward.shared.Lifecycle;
import org.junit.jupiter.api.Test;

class VisitStatusTests {

	@Test
	void aVisitMovesOnlyAsTheTableSays() {
		Lifecycle<VisitStatus> visits = VisitStatus.LIFECYCLE;
		assertThat(visits.sourcesOf(VisitStatus.CANCELLED)).containsExactlyInAnyOrder(VisitStatus.REQUESTED,
				VisitStatus.SCHEDULED);
		assertThat(visits.sourcesOf(VisitStatus.SCHEDULED)).containsExactlyInAnyOrder(VisitStatus.PAYING,
				VisitStatus.REQUESTED);
		assertThat(visits.sourcesOf(VisitStatus.DENIED)).containsExactly(VisitStatus.REQUESTED);
		// a scheduled visit the family moved waits for approval again where staff approve
		assertThat(visits.sourcesOf(VisitStatus.REQUESTED)).containsExactlyInAnyOrder(VisitStatus.PAYING,
				VisitStatus.SCHEDULED);
		assertThat(visits.sourcesOf(VisitStatus.TERMINATED)).containsExactly(VisitStatus.LIVE);
		// one side came alone, or the call did not hold both: missed even after it went
		// live
		assertThat(visits.sourcesOf(VisitStatus.MISSED)).containsExactlyInAnyOrder(VisitStatus.SCHEDULED,
				VisitStatus.LIVE);
		assertThat(visits.allows(VisitStatus.LIVE, VisitStatus.CANCELLED)).isFalse();
		assertThatThrownBy(() -> visits.move(VisitStatus.COMPLETED, VisitStatus.CANCELLED))
			.isInstanceOf(Lifecycle.IllegalMove.class);
		for (VisitStatus done : new VisitStatus[] { VisitStatus.PAYMENT_DECLINED, VisitStatus.DENIED,
				VisitStatus.CANCELLED, VisitStatus.COMPLETED, VisitStatus.TERMINATED, VisitStatus.MISSED }) {
			assertThat(visits.isFinal(done)).as("%s is final", done).isTrue();
			assertThat(done.holds()).as("%s frees its station", done).isFalse();
		}
		assertThat(VisitStatus.PAYING.holds()).isTrue();
	}

}
