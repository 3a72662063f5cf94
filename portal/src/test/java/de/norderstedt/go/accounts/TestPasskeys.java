package de.norderstedt.go.accounts;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * Passkeys for test accounts, made here instead of by an authenticator: a real P-256 key
 * pair, the public half stored as registration would store it, the private half handed to
 * a test that puts it into Chromium's virtual authenticator.
 */
@Component
public class TestPasskeys {

	private static final KeyPair KEYS = keyPair();

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	TestPasskeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
		this.users = users;
		this.credentials = credentials;
	}

	/** Gives the account a passkey of this name. */
	public synchronized Seeded seed(String username, String label) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		if (user == null) {
			user = ImmutablePublicKeyCredentialUserEntity.builder()
				.name(username)
				.id(Bytes.random())
				.displayName(username)
				.build();
			this.users.save(user);
		}
		Bytes credentialId = Bytes.random();
		ObjectConverter converter = new ObjectConverter();
		EC2COSEKey key = EC2COSEKey.create((ECPublicKey) KEYS.getPublic(), COSEAlgorithmIdentifier.ES256);
		byte[] cose = converter.getCborConverter().writeValueAsBytes(key);
		// what an authenticator answers at registration ("none" attestation): Spring
		// Security reads the key from it at every sign-in
		AuthenticatorData<RegistrationExtensionAuthenticatorOutput> made = new AuthenticatorData<>(sha256("localhost"),
				(byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV | AuthenticatorData.BIT_AT), 0,
				new AttestedCredentialData(AAGUID.ZERO, credentialId.getBytes(), key));
		byte[] attestation = new AttestationObjectConverter(converter)
			.convertToBytes(new AttestationObject(made, new NoneAttestationStatement()));
		this.credentials.save(ImmutableCredentialRecord.builder()
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.credentialId(credentialId)
			.userEntityUserId(user.getId())
			.publicKey(new ImmutablePublicKeyCose(cose))
			.attestationObject(new Bytes(attestation))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.created(Instant.now())
			.label(label)
			.build());
		Base64.Encoder base64 = Base64.getEncoder();
		return new Seeded(credentialId.toBase64UrlString(), base64.encodeToString(credentialId.getBytes()),
				base64.encodeToString(user.getId().getBytes()), base64.encodeToString(KEYS.getPrivate().getEncoded()));
	}

	/** Takes every passkey of the account away. */
	public void removeAll(String username) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		if (user != null) {
			this.credentials.findByUserId(user.getId())
				.forEach(credential -> this.credentials.delete(credential.getCredentialId()));
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A stored passkey: its id as the portal names it (base64url), and what a virtual
	 * authenticator needs (base64): the credential id, the user handle, the private key
	 * (PKCS #8).
	 */
	public record Seeded(String id, String credentialId, String userHandle, String privateKey) {
	}

}
