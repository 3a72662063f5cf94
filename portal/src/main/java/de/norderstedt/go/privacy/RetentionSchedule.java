package de.norderstedt.go.privacy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs every feature's {@link RetentionJob} once an hour. A job that fails is logged (by
 * kind and error, nothing personal) and tried again at the next round; the others run.
 */
@Component
public class RetentionSchedule {

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	private final List<RetentionJob> jobs;

	RetentionSchedule(List<RetentionJob> jobs) {
		this.jobs = jobs;
	}

	/**
	 * Applies every retention period now.
	 * @return how many rows each kind of data lost
	 */
	@Scheduled(fixedDelayString = "${go.privacy.retention-interval:PT1H}", initialDelayString = "PT2M")
	public Map<PersonalData, Integer> applyAll() {
		Map<PersonalData, Integer> done = new EnumMap<>(PersonalData.class);
		for (RetentionJob job : this.jobs) {
			try {
				done.merge(job.kind(), job.apply(), Integer::sum);
			}
			catch (RuntimeException ex) {
				log.warn("Retention of {} failed; it is tried again at the next round", job.kind(), ex);
			}
		}
		return done;
	}

	/** The kinds of data some job applies a period to. */
	public List<PersonalData> kinds() {
		return this.jobs.stream().map(RetentionJob::kind).distinct().sorted().toList();
	}

}
