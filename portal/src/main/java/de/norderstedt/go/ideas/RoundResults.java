package de.norderstedt.go.ideas;

import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * What the members' scores of one idea add up to, computed from the raw scores and the
 * weights of the round's criteria set every time (nothing is stored but the raw scores).
 *
 * @param scored how many members handed in scores
 * @param conflicts how many declared a conflict of interest (and were left out)
 * @param mean the weighted total (1 to 5) averaged over the members who scored
 * @param lowest the lowest member's weighted total
 * @param highest the highest member's weighted total
 */
public record RoundResults(int scored, int conflicts, double mean, double lowest, double highest) {

	/** The spread of the members' totals (highest minus lowest). */
	public double spread() {
		return this.highest - this.lowest;
	}

	/**
	 * @param sheets each scoring member's raw scores, criterion id → score
	 */
	static RoundResults of(List<Criterion> criteria, Collection<Map<Long, Integer>> sheets, int conflicts) {
		DoubleSummaryStatistics totals = sheets.stream()
			.mapToDouble(scores -> total(criteria, scores))
			.summaryStatistics();
		if (totals.getCount() == 0) {
			return new RoundResults(0, conflicts, 0, 0, 0);
		}
		return new RoundResults((int) totals.getCount(), conflicts, totals.getAverage(), totals.getMin(),
				totals.getMax());
	}

	/** One member's weighted total, 1 to 5. */
	static double total(List<Criterion> criteria, Map<Long, Integer> scores) {
		double sum = 0;
		for (Criterion criterion : criteria) {
			Integer score = scores.get(criterion.id());
			if (score == null) {
				throw new IllegalStateException("a sheet lacks criterion " + criterion.slug());
			}
			sum += criterion.weight() * criterion.counted(score);
		}
		return sum / 100;
	}

}
