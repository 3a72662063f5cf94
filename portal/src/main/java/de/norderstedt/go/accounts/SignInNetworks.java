package de.norderstedt.go.accounts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The network a sign-in came from, as it is stored: the address cut to its first 24 bits
 * (IPv4) or 48 bits (IPv6), which names a provider's neighbourhood rather than one
 * connection, then hashed with SHA-256, so that not even that prefix can be read from the
 * table.
 */
final class SignInNetworks {

	private SignInNetworks() {
	}

	static byte[] of(@Nullable String remoteAddress) {
		byte[] network = prefix(remoteAddress == null ? "" : remoteAddress.strip());
		try {
			return MessageDigest.getInstance("SHA-256").digest(network);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] prefix(String address) {
		// only literal addresses are parsed, so that no name is ever looked up
		if (!address.isEmpty() && address.length() <= 64 && address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
			try {
				byte[] bytes = InetAddress.getByName(address.replaceAll("%.*$", "")).getAddress();
				return Arrays.copyOf(bytes, bytes.length == 4 ? 3 : 6);
			}
			catch (UnknownHostException ex) {
				// not an address after all: falls through
			}
		}
		return ("other:" + address).getBytes(StandardCharsets.UTF_8);
	}

}
