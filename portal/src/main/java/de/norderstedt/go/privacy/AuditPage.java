package de.norderstedt.go.privacy;

import java.util.List;

/**
 * One page of the audit log, newest first.
 *
 * @param page the page's number, from 0
 * @param total how many entries match the filter
 */
public record AuditPage(List<AuditEntry> entries, int page, int pageSize, long total) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	public boolean hasNewer() {
		return this.page > 0;
	}

	public boolean hasOlder() {
		return (long) (this.page + 1) * this.pageSize < this.total;
	}

}
