package de.norderstedt.go.ideas;

import java.util.List;

/**
 * A trend linked to a parked idea, to tell the idea's lead working group.
 *
 * @param members the accounts of the idea's lead group
 */
public record TrendNews(long trendId, String trendTitle, long ideaId, String ideaTitle, List<Long> members) {
}
