package de.norderstedt.go.ideas;

/**
 * A picture that comes with an idea, with what it shows in words.
 *
 * @param type its media type ({@code image/jpeg}, {@code image/png}, {@code image/webp})
 * @param alt what the picture shows, for people who cannot see it
 */
public record IdeaPicture(byte[] bytes, String type, String alt) {

	public IdeaPicture {
		bytes = bytes.clone();
	}

	@Override
	public byte[] bytes() {
		return this.bytes.clone();
	}

}
