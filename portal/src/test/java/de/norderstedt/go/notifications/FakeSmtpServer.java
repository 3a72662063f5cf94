package de.norderstedt.go.notifications;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Just enough of an SMTP server on 127.0.0.1 for a test: greets, accepts or refuses the
 * recipient or the sign-in, and keeps what it receives.
 */
final class FakeSmtpServer implements AutoCloseable {

	enum Mode {

		/** Takes every e-mail. */
		ACCEPT,

		/** "550 No such user" for every recipient. */
		REFUSE_RECIPIENT,

		/** "450 Try again later" for every recipient (greylisting, a full mailbox). */
		DEFER_RECIPIENT,

		/** Asks for a sign-in and refuses it. */
		REFUSE_SIGN_IN

	}

	private final Mode mode;

	private final ServerSocket server;

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final List<String> commands = new CopyOnWriteArrayList<>();

	FakeSmtpServer(Mode mode) throws IOException {
		this.mode = mode;
		this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().name("fake-smtp").start(this::serve);
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** The commands clients sent, in order (without the e-mails' text). */
	List<String> commands() {
		return this.commands;
	}

	/** The e-mails received, parsed. */
	List<MimeMessage> received() {
		Session session = Session.getInstance(new Properties());
		return this.received.stream().map(raw -> {
			try {
				return new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The e-mails as they came over the wire. */
	List<String> raw() {
		return this.received;
	}

	private void serve() {
		while (!this.server.isClosed()) {
			try (Socket client = this.server.accept()) {
				talk(client);
			}
			catch (IOException ex) {
				// closed, or the client went away: wait for the next one
			}
		}
	}

	private void talk(Socket client) throws IOException {
		// ISO-8859-1 keeps every byte as it came
		BufferedReader in = new BufferedReader(
				new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
		OutputStream out = client.getOutputStream();
		reply(out, "220 fake.test ESMTP ready");
		String line;
		while ((line = in.readLine()) != null) {
			this.commands.add(line);
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO")) {
				reply(out, this.mode == Mode.REFUSE_SIGN_IN ? "250-fake.test\r\n250 AUTH PLAIN" : "250 fake.test");
			}
			else if (command.startsWith("HELO")) {
				reply(out, "250 fake.test");
			}
			else if (command.startsWith("AUTH")) {
				reply(out, "535 5.7.8 Authentication credentials invalid");
			}
			else if (command.startsWith("MAIL FROM")) {
				reply(out, "250 2.1.0 Ok");
			}
			else if (command.startsWith("RCPT TO")) {
				reply(out, switch (this.mode) {
					case REFUSE_RECIPIENT -> "550 5.1.1 No such user here";
					case DEFER_RECIPIENT -> "450 4.2.0 Try again later";
					default -> "250 2.1.5 Ok";
				});
			}
			else if (command.equals("DATA")) {
				reply(out, "354 End data with <CR><LF>.<CR><LF>");
				this.received.add(data(in));
				reply(out, "250 2.0.0 Ok: queued");
			}
			else if (command.equals("QUIT")) {
				reply(out, "221 2.0.0 Bye");
				return;
			}
			else if (command.equals("RSET") || command.equals("NOOP")) {
				reply(out, "250 2.0.0 Ok");
			}
			else {
				reply(out, "502 5.5.2 Command not recognized");
			}
		}
	}

	private static String data(BufferedReader in) throws IOException {
		StringBuilder message = new StringBuilder();
		String line;
		while ((line = in.readLine()) != null && !line.equals(".")) {
			// a leading dot was doubled by the client (RFC 5321 4.5.2)
			message.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
		}
		return message.toString();
	}

	private static void reply(OutputStream out, String text) {
		try {
			out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
