package de.norderstedt.go.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import de.norderstedt.go.RunningPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bus on the real database: two buses hear the same signals, a signal goes out at
 * commit and never at rollback, and a bus whose connection is killed listens again,
 * resynchronises its subscribers and hears what comes after.
 */
@RunningPortalTest
class SignalBusTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	Signals signals;

	@Autowired
	DataSource dataSource;

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTransactionManager transactions;

	private final List<SignalBus> buses = new ArrayList<>();

	@AfterEach
	void stopBuses() {
		this.buses.forEach(SignalBus::stop);
	}

	@Test
	void two_buses_on_one_database_each_hear_every_signal() {
		Heard first = new Heard();
		Heard second = new Heard();
		bus("first", "go_test_both", first);
		bus("second", "go_test_both", second);

		this.signals.send("go_test_both", "17");
		this.signals.send("go_test_both", "18");

		await().atMost(WAIT).until(() -> first.signals.size() == 2 && second.signals.size() == 2);
		assertThat(first.signals).containsExactly("17", "18");
		assertThat(second.signals).containsExactly("17", "18");
	}

	@Test
	void a_signal_goes_out_when_its_transaction_commits_and_never_when_it_rolls_back() {
		Heard heard = new Heard();
		bus("commit", "go_test_commit", heard);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		TransactionTemplate inner = new TransactionTemplate(this.transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		transaction.executeWithoutResult(status -> {
			this.signals.send("go_test_commit", "rolled-back");
			status.setRollbackOnly();
		});
		transaction.executeWithoutResult(status -> {
			this.signals.send("go_test_commit", "outer");
			// committed while the outer transaction is still open: it arrives first
			inner.executeWithoutResult(nested -> this.signals.send("go_test_commit", "inner"));
		});

		await().atMost(WAIT).until(() -> heard.signals.size() == 2);
		assertThat(heard.signals).containsExactly("inner", "outer");
	}

	@Test
	void a_bus_stopped_and_started_again_hears_signals_again() {
		Heard heard = new Heard();
		SignalBus bus = bus("restarted", "go_test_restarted", heard);
		this.signals.send("go_test_restarted", "first");
		await().atMost(WAIT).until(() -> heard.signals.contains("first"));

		// as Spring stops and starts a context's lifecycle (a test context paused while
		// another one runs)
		int resyncs = heard.resyncs.get();
		bus.stop();
		bus.start();
		// listening again: it resynchronises its subscribers
		await().atMost(WAIT).until(() -> heard.resyncs.get() > resyncs);
		this.signals.send("go_test_restarted", "second");

		await().atMost(WAIT).until(() -> heard.signals.contains("second"));
	}

	@Test
	void after_its_connection_is_killed_the_bus_listens_again_resynchronises_and_hears_later_signals() {
		Heard heard = new Heard();
		SignalBus bus = bus("killed", "go_test_killed", heard);
		this.signals.send("go_test_killed", "before");
		await().atMost(WAIT).until(() -> heard.signals.contains("before"));
		int resyncs = heard.resyncs.get();
		int pid = bus.backendPid();

		assertThat(this.dsl.fetchValue("select pg_terminate_backend({0})", org.jooq.impl.DSL.val(pid))).isEqualTo(true);

		await().atMost(WAIT).until(() -> heard.resyncs.get() > resyncs);
		assertThat(bus.state()).isEqualTo(SignalBus.State.LISTENING);
		assertThat(bus.backendPid()).isNotEqualTo(pid);
		this.signals.send("go_test_killed", "after");
		await().atMost(WAIT).until(() -> heard.signals.contains("after"));
		assertThat(heard.signals).containsExactly("before", "after");
	}

	@Test
	void a_signal_carries_ids_only() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.signals.send("go_test_commit", "Helga Müller"))
			.isInstanceOf(IllegalArgumentException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.signals.send("other; drop table x", "1"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** A started bus listening on the channel, its first resync done. */
	private SignalBus bus(String name, String channel, Heard heard) {
		SignalBus bus = new SignalBus(() -> SignalConfiguration.open(this.dataSource),
				new SignalProperties(Duration.ofMillis(200), Duration.ofSeconds(15), Duration.ofMillis(50),
						Duration.ofSeconds(1)),
				"test-" + name);
		bus.subscribe(channel, heard.signals::add, heard.resyncs::incrementAndGet);
		this.buses.add(bus);
		bus.start();
		await().atMost(WAIT).until(() -> heard.resyncs.get() > 0);
		return bus;
	}

	private static final class Heard {

		final List<String> signals = new CopyOnWriteArrayList<>();

		final AtomicInteger resyncs = new AtomicInteger();

	}

}
