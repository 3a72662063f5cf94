package de.norderstedt.go.web;

import org.springframework.stereotype.Component;

/**
 * {@link Pictures#clean} with the configured limit: what services call before they keep a
 * picture.
 */
@Component
public class PictureCleaner {

	/** The key of the refusal for a picture with more pixels than allowed. */
	public static final String TOO_MANY_PIXELS = "pictures.error.too-many-pixels";

	private final PictureProperties properties;

	PictureCleaner(PictureProperties properties) {
		this.properties = properties;
	}

	/**
	 * The picture decoded and encoded anew, without metadata.
	 * @param field the field a refusal names
	 * @param notAPictureKey the refusal's text when the bytes are no JPEG or PNG
	 * @throws Refusal when the bytes are no picture or have too many pixels
	 */
	public Pictures.Clean clean(byte[] bytes, String field, String notAPictureKey) {
		return clean(bytes, (key, args) -> Refusal.at(field, key, args), notAPictureKey);
	}

	/**
	 * As {@link #clean(byte[], String, String)}, with a refusal that names no field (the
	 * form says it in its alert).
	 */
	public Pictures.Clean clean(byte[] bytes, String notAPictureKey) {
		return clean(bytes, Refusal::new, notAPictureKey);
	}

	/** The largest number of pixels a picture may have. */
	public long maxPixels() {
		return this.properties.maxPixels();
	}

	private Pictures.Clean clean(byte[] bytes, java.util.function.BiFunction<String, Object[], Refusal> refusal,
			String notAPictureKey) {
		try {
			return Pictures.clean(bytes, this.properties.maxPixels());
		}
		catch (Pictures.UnusablePicture unusable) {
			if (unusable.problem() == Pictures.Problem.TOO_MANY_PIXELS) {
				throw refusal.apply(TOO_MANY_PIXELS, new Object[] { this.properties.maxPixels() / 1_000_000 });
			}
			throw refusal.apply(notAPictureKey, new Object[0]);
		}
	}

}
