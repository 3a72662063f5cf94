package de.norderstedt.go.signals;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which portal instance this is ({@code go.instance-id}): recorded where one instance
 * takes work that others must leave alone (a device command it claims, an agent connected
 * to it). Kubernetes sets it from the pod's name; without it each start picks a random
 * id.
 *
 * @param instanceId the instance's id: letters, digits, '.', '_' and '-', at most 100
 */
@ConfigurationProperties("go")
public record InstanceProperties(String instanceId) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

	public InstanceProperties(@Nullable String instanceId) {
		String id = instanceId == null || instanceId.isBlank()
				? "portal-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) : instanceId.strip();
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"go.instance-id must be 1 to 100 letters, digits, '.', '_' or '-' (on Kubernetes: the pod's name)");
		}
		this.instanceId = id;
	}

}
