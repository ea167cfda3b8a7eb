package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class IdsTests {

	@Test
	void idsAreTimeOrderedVersion7AndUniqueAcrossThreads() throws Exception {
		Set<UUID> seen = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				work.add(threads.submit(() -> {
					for (int i = 0; i < 10_000; i++) {
						seen.add(Ids.next());
					}
				}));
			}
			for (Future<?> done : work) {
				done.get();
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(seen).hasSize(80_000).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
	}

	@Test
	void aLaterIdSortsAfterAnEarlierOne() throws Exception {
		UUID first = Ids.next();
		Thread.sleep(2);
		UUID[] later = new UUID[1];
		Thread other = new Thread(() -> later[0] = Ids.next());
		other.start();
		other.join();
		// version 7 ids start with the time in milliseconds: they sort as they were made,
		// whichever thread made them
		assertThat(later[0].toString()).isGreaterThan(first.toString());
	}

}
