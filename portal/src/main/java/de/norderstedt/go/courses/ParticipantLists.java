package de.norderstedt.go.courses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.CsvCells;
import de.norderstedt.go.web.PdfLines;
import de.norderstedt.go.web.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The participant list of a date as CSV and PDF. The PDF embeds Liberation Sans (shipped
 * with PDFBox), so every name prints as written, "Yıldız" and "Groß" alike.
 */
@Component
class ParticipantLists {

	private static final float MARGIN = 56;

	private static final float LINE = 18;

	byte[] csv(CourseDate date, List<Booking> bookings, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			csv.printRecord(text("courses.list.number", locale), text("courses.list.name", locale),
					text("courses.list.status", locale), text("courses.list.attendance", locale),
					text("courses.list.phone", locale), text("courses.list.email", locale),
					text("courses.list.code", locale));
			int number = 0;
			for (Booking booking : bookings) {
				csv.printRecord(++number, CsvCells.safe(booking.name()), status(booking, locale),
						attendance(booking, locale), booking.phone() == null ? "" : CsvCells.safe(booking.phone()),
						booking.email() == null ? "" : CsvCells.safe(booking.email()), booking.code());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	byte[] pdf(CourseDate date, Place place, List<Booking> bookings, Locale locale) {
		try (PDDocument document = new PDDocument(); InputStream font = getClass().getResourceAsStream(PdfLines.FONT)) {
			PDFont regular = PDType0Font.load(document, font);
			List<String[]> lines = new ArrayList<>();
			lines.add(new String[] { date.title() });
			lines.add(new String[] { when(date, locale) });
			lines.add(new String[] { place.name() + ", " + place.address() });
			lines.add(new String[] { text("courses.list.summary", locale, date.confirmed(), date.capacity(),
					date.waiting(), checkedIn(bookings)) });
			lines.add(new String[0]);
			lines.add(new String[] { text("courses.list.number", locale), text("courses.list.name", locale),
					text("courses.list.status", locale), text("courses.list.attendance", locale),
					text("courses.list.contact", locale) });
			int number = 0;
			for (Booking booking : bookings) {
				String contact = booking.phone() != null ? booking.phone()
						: booking.email() != null ? booking.email() : "";
				lines.add(new String[] { Integer.toString(++number), booking.name(), status(booking, locale),
						attendance(booking, locale), contact });
			}
			float[] columns = { 0, 28, 200, 330, 440 };
			PDPage page = null;
			PDPageContentStream content = null;
			float y = 0;
			for (int i = 0; i < lines.size(); i++) {
				String[] cells = lines.get(i);
				float size = i == 0 ? 18 : 11;
				// long names and addresses wrap within their column, never cut off
				List<List<String>> wrapped = new ArrayList<>();
				int height = 1;
				for (int c = 0; c < cells.length; c++) {
					List<String> parts = PdfLines.wrap(cells[c], regular, size,
							cells.length == 1 ? 480 : columnWidth(columns, c));
					wrapped.add(parts);
					height = Math.max(height, parts.size());
				}
				float line = i == 0 ? LINE * 1.6f : LINE;
				if (content == null || y - (height - 1) * line < MARGIN) {
					if (content != null) {
						content.close();
					}
					page = new PDPage(PDRectangle.A4);
					document.addPage(page);
					content = new PDPageContentStream(document, page);
					y = page.getMediaBox().getHeight() - MARGIN;
				}
				for (int c = 0; c < cells.length; c++) {
					List<String> parts = wrapped.get(c);
					for (int l = 0; l < parts.size(); l++) {
						content.beginText();
						content.setFont(regular, size);
						content.newLineAtOffset(MARGIN + (cells.length == 1 ? 0 : columns[c]), y - l * line);
						content.showText(parts.get(l));
						content.endText();
					}
				}
				y -= height * line;
			}
			if (content != null) {
				content.close();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.getDocumentInformation().setTitle(date.title());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static float columnWidth(float[] columns, int c) {
		return (c + 1 < columns.length ? columns[c + 1] - columns[c] : 480 - columns[c]) - 6;
	}

	private static long checkedIn(List<Booking> bookings) {
		return bookings.stream().filter(Booking::isCheckedIn).count();
	}

	private static String when(CourseDate date, Locale locale) {
		return CityTime.day(date.startsAt(), locale) + ", " + CityTime.time(date.startsAt(), locale) + "–"
				+ CityTime.time(date.endsAt(), locale);
	}

	static String status(Booking booking, Locale locale) {
		return switch (booking.status()) {
			case CONFIRMED -> text("courses.status.confirmed", locale);
			case WAITING -> text("courses.status.waiting", locale, booking.waitingPosition());
			case CANCELLED -> text("courses.status.cancelled", locale);
		};
	}

	static String attendance(Booking booking, Locale locale) {
		Instant in = booking.checkedInAt();
		if (in != null) {
			return text("courses.attendance.checked-in", locale, CityTime.time(in, locale));
		}
		return booking.noShow() ? text("courses.attendance.no-show", locale) : "";
	}

	// a spreadsheet would run a cell that starts with = + - @ as a formula
	private static String text(String key, Locale locale, Object... params) {
		return Texts.get(key, locale, params);
	}

}
