package de.norderstedt.go.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A simulated phone screen to practise on: an app bar title and a list of things on it.
 *
 * @param title the title at the top of the screen
 * @param layout how the things are arranged
 * @param items the things on the screen, each with an id a practice can point at
 */
public record Screen(@Nullable Text title, @Nullable Layout layout, @Nullable List<Item> items) {

	/** How the items of a screen are arranged. */
	public enum Layout {

		/** App icons in a grid, like a phone's home screen. */
		GRID,

		/** Rows one below the other, like a list of messages. */
		LIST

	}

	/**
	 * One thing on a simulated screen.
	 *
	 * @param id the item's id within the screen
	 * @param label what the item says
	 * @param detail an optional second line
	 * @param color the colour of its icon when the text refers to it ("the green
	 * button"); otherwise one is chosen from the id
	 */
	public record Item(@Nullable String id, @Nullable Text label, @Nullable Text detail, @Nullable Color color) {
	}

	/** The icon colours of a simulated screen, all dark enough for white letters. */
	public enum Color {

		BLUE, ORANGE, GREEN, PURPLE, VIOLET, RED

	}

	/** The layout, {@link Layout#LIST} when not given. */
	public Layout layoutOrDefault() {
		return this.layout == null ? Layout.LIST : this.layout;
	}

	/** The items, empty when not given. */
	public List<Item> itemsOrEmpty() {
		return this.items == null ? List.of() : this.items;
	}

}
