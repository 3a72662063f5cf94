package de.norderstedt.go.content;

import java.nio.file.Path;

/**
 * Checks the tutorials in a folder, for the build: prints every problem and fails when
 * there is any. Run by Maven on {@code content/tutorials} before the module is packaged.
 */
public final class ValidateTutorials {

	private ValidateTutorials() {
	}

	public static void main(String[] args) {
		Path folder = Path.of(args.length > 0 ? args[0] : "tutorials");
		try {
			Tutorials tutorials = TutorialLoader.load(ContentSource.directory(folder));
			System.out.println("Tutorials: " + tutorials.all().size() + " valid in " + folder);
		}
		catch (ContentException ex) {
			// the build fails with the full list, each naming file and field
			throw new IllegalStateException("Broken tutorials in " + folder + "\n" + ex.getMessage(), ex);
		}
	}

}
