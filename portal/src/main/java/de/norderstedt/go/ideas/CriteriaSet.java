package de.norderstedt.go.ideas;

import java.util.List;

/** A version of the evaluation criteria; never changed once a round scored with it. */
public record CriteriaSet(long id, int version, List<Criterion> criteria) {

	public CriteriaSet {
		criteria = List.copyOf(criteria);
	}

}
