package de.norderstedt.go.privacy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.Role;

/**
 * How an entry's detail is written, and read back for the page: short codes, never free
 * text that could hold something personal.
 */
public final class AuditDetails {

	/** The lock held the whole account. */
	public static final String LOCK_ACCOUNT = "ACCOUNT";

	/** The lock held one network for the account. */
	public static final String LOCK_NETWORK = "NETWORK";

	/** A passkey was registered. */
	public static final String PASSKEY_ADDED = "ADDED";

	/** A passkey was removed. */
	public static final String PASSKEY_REMOVED = "REMOVED";

	private AuditDetails() {
	}

	static String roles(Set<Role> before, Set<Role> after) {
		return names(before) + ">" + names(after);
	}

	/** The roles before and after a change, from an entry's detail. */
	public static RoleChange roleChange(String detail) {
		String[] parts = detail.split(">", -1);
		return new RoleChange(roles(parts[0]), parts.length > 1 ? roles(parts[1]) : Set.of());
	}

	private static String names(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	private static Set<Role> roles(String names) {
		return Arrays.stream(names.split(","))
			.filter(name -> !name.isBlank())
			.flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
			.collect(Collectors.toSet());
	}

	/** Roles before and after a change. */
	public record RoleChange(Set<Role> before, Set<Role> after) {
	}

}
