package de.norderstedt.go.web.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.web.Pictures;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload of one picture (JPEG or PNG) into memory, with the paragraph that labels it.
 * The browser's checks are checked again on the server: a file that is no picture
 * (whatever its name, type or first bytes say: its header must read as a picture) or too
 * large is refused in words in the form's alert and changes nothing; an accepted one is
 * handed to the form on the page's own thread with the type it really is. The service
 * that keeps it decodes and encodes it anew ({@code PictureCleaner}).
 */
public final class PictureUpload implements Serializable {

	/** The kinds of pictures accepted. */
	public static final List<String> TYPES = Pictures.TYPES;

	/** What the upload says, in the page's language. */
	public record Texts(String add, String drop, String wrongType, String tooLarge,
			String onlyOne) implements Serializable {
	}

	/** Takes a picture that passed the checks. */
	@FunctionalInterface
	public interface Receiver extends Serializable {

		void received(byte[] data, String mediaType, String fileName);

	}

	private final Upload upload = new Upload();

	private final Paragraph label = new Paragraph();

	// why the last file was refused, right below the upload
	private final Paragraph problem = new Paragraph();

	private final int maxBytes;

	private final LiveRegion alert;

	private final Receiver receiver;

	private Texts texts = new Texts("", "", "", "", "");

	/**
	 * @param maxBytes the largest picture accepted
	 * @param labelId the id of the paragraph that labels the upload
	 * @param alert where a refused picture is said
	 * @param receiver takes an accepted picture
	 */
	public PictureUpload(int maxBytes, String labelId, LiveRegion alert, Receiver receiver) {
		this.maxBytes = maxBytes;
		this.alert = alert;
		this.receiver = receiver;
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(maxBytes);
		this.upload.setAcceptedFileTypes(TYPES.toArray(String[]::new));
		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			// the handler runs on the upload's request: hand the picture to the UI
			UI ui = this.upload.getUI().orElse(null);
			if (ui != null) {
				ui.access(() -> received(metadata.contentType(), bytes, metadata.fileName()));
			}
		}));
		this.upload.addFileRejectedListener(e -> refuse(this.texts.wrongType()));
		// the upload's request hands the file to the page: push brings the answer
		this.upload.addAttachListener(e -> ServerPush.enable(e.getUI()));
		this.label.setId(labelId);
		this.upload.getElement().setAttribute("aria-labelledby", labelId);
		this.problem.setId(labelId + "-problem");
		this.problem.addClassName("upload-problem");
		this.problem.setVisible(false);
	}

	/**
	 * The paragraph that says why a file was refused; placed right below the upload,
	 * which it describes while it shows.
	 */
	public Paragraph problem() {
		return this.problem;
	}

	/** The paragraph that names the upload; placed right above it. */
	public Paragraph label() {
		return this.label;
	}

	public Upload upload() {
		return this.upload;
	}

	/** The label and what the upload says, in the page's language. */
	public void translate(String labelText, Texts texts) {
		this.texts = texts;
		this.label.setText(labelText);
		this.upload
			.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(texts.add()).setMany(texts.add()))
				.setDropFiles(new UploadI18N.DropFiles().setOne(texts.drop()).setMany(texts.drop()))
				.setError(new UploadI18N.Error().setFileIsTooBig(texts.tooLarge())
					.setIncorrectFileType(texts.wrongType())
					.setTooManyFiles(texts.onlyOne())));
	}

	/** Forgets the file the upload shows. */
	public void clear() {
		this.upload.clearFileList();
		clearProblem();
	}

	/** Shows or hides the upload with its label. */
	public void setVisible(boolean visible) {
		this.upload.setVisible(visible);
		this.label.setVisible(visible);
		if (!visible) {
			clearProblem();
		}
	}

	private void received(@Nullable String mediaType, byte[] bytes, String fileName) {
		this.alert.clear();
		clearProblem();
		if (bytes.length > this.maxBytes) {
			refuse(this.texts.tooLarge());
			return;
		}
		// the type is what the header reads as, not what the browser claimed
		Optional<Pictures.Header> header = Pictures.header(bytes);
		if (mediaType == null || header.isEmpty()) {
			this.upload.clearFileList();
			refuse(this.texts.wrongType());
			return;
		}
		this.receiver.received(bytes, header.get().type(), fileName);
	}

	/** Says why at the upload (which it then describes) and in the form's alert. */
	private void refuse(String message) {
		this.problem.setText(message);
		this.problem.setVisible(true);
		this.upload.getElement().setAttribute("aria-invalid", "true");
		this.upload.getElement().setAttribute("aria-describedby", this.problem.getId().orElseThrow());
		this.alert.show(message);
	}

	private void clearProblem() {
		this.problem.setText("");
		this.problem.setVisible(false);
		this.upload.getElement().removeAttribute("aria-invalid");
		this.upload.getElement().removeAttribute("aria-describedby");
	}

}
