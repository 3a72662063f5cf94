package de.norderstedt.go.privacy;

/** Whether what the entry records went through or was refused. */
public enum AuditOutcome {

	SUCCESS, FAILURE

}
