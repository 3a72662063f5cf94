package de.norderstedt.go.privacy;

/**
 * A feature's deletion (or anonymisation) of one kind of its personal data after the
 * period in {@link RetentionProperties}. {@link RetentionSchedule} runs every job
 * regularly on every instance, so a job must be one idempotent statement per table (or
 * claim its rows with {@code FOR UPDATE SKIP LOCKED}): running it twice, or on several
 * instances at once, deletes nothing more and loses nothing.
 */
public interface RetentionJob {

	/** The kind of data this job applies its period to. */
	PersonalData kind();

	/**
	 * Deletes or anonymises what is older than the period, in a transaction of its own.
	 * @return how many rows it deleted or anonymised
	 */
	int apply();

}
