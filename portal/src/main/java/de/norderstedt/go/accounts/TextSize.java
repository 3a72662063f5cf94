package de.norderstedt.go.accounts;

/** Text size steps in percent of the browser's base size. */
public enum TextSize {

	NORMAL(100), LARGER(125), LARGE(150), LARGEST(200);

	private final int percent;

	TextSize(int percent) {
		this.percent = percent;
	}

	public int percent() {
		return this.percent;
	}

	public static TextSize ofPercent(int percent) {
		for (TextSize size : values()) {
			if (size.percent == percent) {
				return size;
			}
		}
		throw new IllegalArgumentException("no text size of " + percent + " %");
	}

}
