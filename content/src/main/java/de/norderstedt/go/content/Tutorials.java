package de.norderstedt.go.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated tutorials in the catalogue's order, and the pictures they use.
 */
public final class Tutorials {

	private final Map<String, Tutorial> bySlug = new LinkedHashMap<>();

	private final ContentSource source;

	Tutorials(List<Tutorial> tutorials, ContentSource source) {
		for (Tutorial tutorial : tutorials) {
			this.bySlug.put(tutorial.slug(), tutorial);
		}
		this.source = source;
	}

	/** Loads and validates the tutorials shipped on the classpath. */
	public static Tutorials shipped() {
		return TutorialLoader.load(ContentSource.classpath());
	}

	/** Every tutorial, in the catalogue's order. */
	public List<Tutorial> all() {
		return List.copyOf(this.bySlug.values());
	}

	/** The tutorial with this slug. */
	public Optional<Tutorial> find(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	/**
	 * The bytes of a picture a tutorial uses, and only of those: nothing else in the
	 * folder can be read this way.
	 */
	public Optional<byte[]> image(String slug, String file) {
		Tutorial tutorial = this.bySlug.get(slug);
		if (tutorial == null) {
			return Optional.empty();
		}
		boolean used = tutorial.stepsOrEmpty()
			.stream()
			.anyMatch(step -> step.image() != null && file.equals(step.image().file()));
		return used ? this.source.read(slug + "/" + file) : Optional.empty();
	}

}
