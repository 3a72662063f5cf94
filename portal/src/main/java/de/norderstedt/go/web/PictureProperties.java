package de.norderstedt.go.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits for pictures people add (ideas, news, locker items).
 *
 * @param maxPixels the most pixels (width × height, read from the header before any pixel
 * is decoded) a picture may have; 40 million holds any phone photo and still decodes in
 * about 160 MB
 */
@ConfigurationProperties("go.pictures")
public record PictureProperties(@DefaultValue("40000000") long maxPixels) {

	public PictureProperties {
		if (maxPixels < 1) {
			throw new IllegalArgumentException("go.pictures.max-pixels must be positive");
		}
	}

}
