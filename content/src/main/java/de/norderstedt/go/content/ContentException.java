package de.norderstedt.go.content;

import java.util.List;
import java.util.stream.Collectors;

/** Content that cannot be used, with every problem found. */
public class ContentException extends RuntimeException {

	private final List<Problem> problems;

	public ContentException(List<Problem> problems) {
		super(problems.size() + " problem(s) in the tutorials:\n"
				+ problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in the order found. */
	public List<Problem> problems() {
		return this.problems;
	}

}
