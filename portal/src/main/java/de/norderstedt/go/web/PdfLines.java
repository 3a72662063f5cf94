package de.norderstedt.go.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * A printable A4 document of headings and lines of text, each wrapped to the page width
 * and continued on a new page. It embeds Liberation Sans (shipped with PDFBox), so every
 * name prints as written, "Yıldız" and "Groß" alike.
 */
public final class PdfLines implements AutoCloseable {

	/** The font every document of the platform prints with. */
	public static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final float MARGIN = 56;

	private static final float WIDTH = 480;

	private final PDDocument document = new PDDocument();

	private final PDFont font;

	private @Nullable PDPageContentStream content;

	private float y;

	public PdfLines(String title) {
		try (InputStream stream = Objects.requireNonNull(PdfLines.class.getResourceAsStream(FONT))) {
			this.font = PDType0Font.load(this.document, stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.document.getDocumentInformation().setTitle(title);
	}

	/** The font of the document, for a caller that lays out its own columns. */
	public PDFont font() {
		return this.font;
	}

	public PdfLines heading(String text, float size) {
		return write(text, size, 0, size * 1.6f);
	}

	public PdfLines line(String text) {
		return write(text, 11, 0, 16);
	}

	/** A line moved in from the margin, for the fields of one entry. */
	public PdfLines indented(String text) {
		return write(text, 11, 16, 16);
	}

	public PdfLines space() {
		this.y -= 8;
		return this;
	}

	private PdfLines write(String text, float size, float indent, float line) {
		try {
			List<String> parts = wrap(text, this.font, size, WIDTH - indent);
			for (String part : parts) {
				PDPageContentStream stream = this.content;
				if (stream == null || this.y - line < MARGIN) {
					if (stream != null) {
						stream.close();
					}
					PDPage page = new PDPage(PDRectangle.A4);
					this.document.addPage(page);
					stream = new PDPageContentStream(this.document, page);
					this.content = stream;
					this.y = page.getMediaBox().getHeight() - MARGIN;
				}
				this.y -= line;
				stream.beginText();
				stream.setFont(this.font, size);
				stream.newLineAtOffset(MARGIN + indent, this.y);
				stream.showText(part);
				stream.endText();
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The finished document. */
	public byte[] bytes() {
		try {
			PDPageContentStream stream = this.content;
			if (stream != null) {
				stream.close();
				this.content = null;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text in lines that fit the width, broken between words (or inside a too long
	 * word).
	 */
	public static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font, size) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(rest, font, size) > width) {
				int cut = rest.length() - 1;
				while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

}
