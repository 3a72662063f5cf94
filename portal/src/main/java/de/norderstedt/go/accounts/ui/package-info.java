@NullMarked
package de.norderstedt.go.accounts.ui;

import org.jspecify.annotations.NullMarked;
