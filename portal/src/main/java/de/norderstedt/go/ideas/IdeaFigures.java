package de.norderstedt.go.ideas;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How the Ideenspeicher is doing, for the staff dashboard.
 *
 * @param byState every idea by its state (each state present, zero when none)
 * @param byGroup published ideas by their lead group (each active group present)
 * @param withoutGroup published ideas that have no lead group yet
 * @param byChannel every idea by how it reached the city (each channel present)
 * @param medianFirstAnswer from publication to the lead group's first answer, over the
 * answered ideas; null when none was answered yet
 * @param answered how many ideas had their first answer
 * @param transitions every change of state written so far
 * @param justified the changes of state that carry a written justification
 * @param overdue published ideas whose first answer is overdue, oldest deadline first
 */
public record IdeaFigures(Map<IdeaState, Integer> byState, Map<IdeaGroup, Integer> byGroup, int withoutGroup,
		Map<IdeaChannel, Integer> byChannel, @Nullable Duration medianFirstAnswer, int answered, int transitions,
		int justified, List<DeskItem> overdue) {

	/** All ideas, whatever their state. */
	public int total() {
		return this.byState.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The share of justified changes of state in whole percent (100 when none yet). */
	public int justifiedPercent() {
		return this.transitions == 0 ? 100 : (int) Math.floor(100.0 * this.justified / this.transitions);
	}

}
