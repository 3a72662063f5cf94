package de.norderstedt.go.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the catalogue ({@code catalog.yaml}: the slugs in the order shown) and each
 * tutorial ({@code <slug>/tutorial.yaml}), and validates them. Any problem stops the load
 * with every problem found, each naming its file and field.
 */
public final class TutorialLoader {

	/** The catalogue file in the tutorials folder. */
	public static final String CATALOG = "catalog.yaml";

	/** The tutorial file in each tutorial's folder. */
	public static final String TUTORIAL = "tutorial.yaml";

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
		.enable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
		.build();

	record Catalog(@Nullable List<String> tutorials) {
	}

	private TutorialLoader() {
	}

	/**
	 * Loads and validates every tutorial of the catalogue.
	 * @throws ContentException with every problem, when there is any
	 */
	public static Tutorials load(ContentSource source) {
		List<Problem> problems = new ArrayList<>();
		List<Tutorial> tutorials = new ArrayList<>();
		Optional<Catalog> catalog = parse(source, CATALOG, Catalog.class, problems);
		List<String> slugs = catalog.map(Catalog::tutorials).orElse(List.of());
		if (catalog.isPresent() && slugs.isEmpty()) {
			problems.add(new Problem(CATALOG, "tutorials", "lists no tutorial"));
		}
		TutorialValidator validator = new TutorialValidator(source, slugs);
		for (int i = 0; i < slugs.size(); i++) {
			String slug = slugs.get(i);
			if (slug == null || !TutorialValidator.SLUG.matcher(slug).matches()) {
				problems.add(new Problem(CATALOG, "tutorials[" + i + "]",
						"'" + slug + "' is not a slug (lower-case letters, digits and dashes)"));
				continue;
			}
			if (slugs.indexOf(slug) != i) {
				problems.add(new Problem(CATALOG, "tutorials[" + i + "]", "'" + slug + "' is listed twice"));
				continue;
			}
			String file = slug + "/" + TUTORIAL;
			Optional<Tutorial> tutorial = parse(source, file, Tutorial.class, problems);
			tutorial.ifPresent(t -> {
				List<Problem> found = validator.validate(slug, t);
				problems.addAll(found);
				if (found.isEmpty()) {
					tutorials.add(t);
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new ContentException(problems);
		}
		return new Tutorials(tutorials, source);
	}

	private static <T> Optional<T> parse(ContentSource source, String file, Class<T> type, List<Problem> problems) {
		Optional<byte[]> bytes = source.read(file);
		if (bytes.isEmpty()) {
			problems.add(new Problem(file, "", "file not found"));
			return Optional.empty();
		}
		try {
			T value = YAML.readValue(bytes.get(), type);
			if (value == null) {
				problems.add(new Problem(file, "", "the file is empty"));
				return Optional.empty();
			}
			return Optional.of(value);
		}
		catch (JacksonException ex) {
			problems.add(new Problem(file, path(ex), explain(ex)));
			return Optional.empty();
		}
	}

	/** "steps[2].practice.type" from Jackson's path. */
	private static String path(JacksonException ex) {
		return ex.getPath().stream().map(reference -> {
			String name = reference.getPropertyName();
			return name != null ? "." + name : "[" + reference.getIndex() + "]";
		}).collect(Collectors.joining()).replaceFirst("^\\.", "");
	}

	private static String explain(JacksonException ex) {
		String message = ex.getOriginalMessage();
		if (message.contains("known type ids") || message.contains("missing type id")) {
			return "unknown or missing practice type; known types: " + String.join(", ", Practice.TYPES);
		}
		if (message.startsWith("Unrecognized property")) {
			return "unknown field";
		}
		// the first line names the problem; the rest is Jackson's detail
		return message.lines().findFirst().orElse(message);
	}

}
