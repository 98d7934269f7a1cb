package io.worktrackr.demo;

import io.worktrackr.automation.AutomationManagement;
import io.worktrackr.automation.RuleDraft;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Invitations;
import io.worktrackr.identity.MemberManagement;
import io.worktrackr.identity.MemberStatus;
import io.worktrackr.identity.OrganisationManagement;
import io.worktrackr.identity.Role;
import io.worktrackr.queues.Queue;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.queues.QueueManagement;
import io.worktrackr.sla.BusinessCalendar;
import io.worktrackr.sla.SlaCalendar;
import io.worktrackr.sla.SlaManagement;
import io.worktrackr.sla.SlaPolicy;
import io.worktrackr.tickets.NewTicket;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketChanges;
import io.worktrackr.tickets.TicketManagement;
import io.worktrackr.tickets.TicketStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds "Demo Support" when the database is new and demo data is wanted (see {@link DemoProperties}). */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo-password";

    private static final String[][] TICKETS = {
        {
            "Cannot log in after password reset",
            "I reset my password this morning and now the login page says my account is locked."
        },
        {"Invoice #4471 charged twice", "Our card was charged twice for the November invoice. Please refund one charge."
        },
        {"Export to CSV times out", "Exporting the full customer list to CSV spins for a minute and then fails."},
        {"Add SSO with Okta", "We would like our staff to sign in with Okta. Is SAML supported?"},
        {"Mobile app crashes on start", "Since the last update the Android app closes right after the splash screen."},
        {"Change billing address", "Please update our billing address to 12 Harbour Road, Leith."},
        {"Emails land in spam", "Notification e-mails from your system end up in our spam folder."},
        {"Dashboard loads slowly", "The main dashboard takes about ten seconds to load every morning."},
        {"Request for a data processing agreement", "Our legal team needs a signed DPA before renewal."},
        {"Typo on the pricing page", "The pricing page says 'anually' instead of 'annually'."},
        {"Webhook retries flood our endpoint", "A failing webhook is retried hundreds of times a minute."},
        {"VAT number missing on invoices", "Our EU VAT number does not appear on the last three invoices."},
        {"Two-factor codes not accepted", "Codes from the authenticator app are rejected as invalid."},
        {"Bulk import skips rows", "Importing a 2,000-row spreadsheet only created 1,874 records."},
        {"Upgrade to the annual plan", "We would like to switch from monthly to annual billing."},
        {"Search ignores accented letters", "Searching for 'Jose' does not find 'José'."},
        {"API rate limit too low", "We hit the 60 requests/minute limit during nightly syncs."},
        {"Refund for unused seats", "We removed five seats mid-cycle; are they refunded?"},
        {"Password reset e-mail never arrives", "The reset link e-mail does not arrive, also not in spam."},
        {"Dark mode contrast issue", "Grey text on the dark theme is hard to read."},
        {"Cannot attach PDF larger than 10 MB", "Uploading our 14 MB contract fails without a message."},
        {"Wrong time zone in reports", "Weekly reports show times in UTC instead of Europe/Berlin."},
        {"Add a second admin", "Our only admin is leaving; how do we make someone else admin?"},
        {"Credit note for cancelled order", "Order 8812 was cancelled; please issue a credit note."},
        {"Calendar sync duplicates events", "Every synced meeting appears twice in Google Calendar."},
        {"Slow search on large accounts", "Searching customers takes over five seconds since Monday."},
        {"Feature request: saved filters", "We would love to save the filters we use every day."},
        {"Payment failed with a valid card", "The card works elsewhere but your checkout declines it."},
        {"Notification e-mails in the wrong language", "Our German users receive English e-mails."},
        {"Account deletion request", "A former employee asks us to delete their personal data."},
        {"Broken link in the welcome e-mail", "The 'Get started' link in the welcome e-mail returns 404."},
        {"CSV import rejects semicolons", "Our European CSV files use semicolons as separators."},
        {"Session ends after five minutes", "We are signed out after five minutes of reading a ticket."},
        {"Discount code not applied", "Code SPRING25 is accepted but the total does not change."},
        {"Printer labels cut off", "Shipping labels print with the last line missing."},
        {"Audit log export", "Our auditor needs the change history of last quarter."},
        {"Seat count wrong on invoice", "We have 12 seats but were invoiced for 15."},
        {"Keyboard shortcuts do not work in Firefox", "Pressing j and k does nothing in Firefox 130."},
        {"Request for on-site training", "Could someone train our new support team in March?"},
        {"Status page shows outage", "Your status page shows a partial outage; are we affected?"},
    };

    private final DemoProperties properties;
    private final DataSource dataSource;
    private final OrganisationManagement organisations;
    private final MemberManagement members;
    private final QueueDirectory queues;
    private final TicketManagement tickets;
    private final SlaManagement sla;
    private final TransactionTemplate transaction;
    private final Invitations invitations;
    private final QueueManagement queueManagement;
    private final AutomationManagement automation;
    private final String port;

    DemoData(
            DemoProperties properties,
            DataSource dataSource,
            OrganisationManagement organisations,
            MemberManagement members,
            QueueDirectory queues,
            TicketManagement tickets,
            SlaManagement sla,
            TransactionTemplate transaction,
            Invitations invitations,
            QueueManagement queueManagement,
            AutomationManagement automation,
            @Value("${server.port:8080}") String port) {
        this.automation = automation;
        this.invitations = invitations;
        this.queueManagement = queueManagement;
        this.properties = properties;
        this.dataSource = dataSource;
        this.organisations = organisations;
        this.members = members;
        this.queues = queues;
        this.tickets = tickets;
        this.sla = sla;
        this.transaction = transaction;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = properties.enabled() != null ? properties.enabled() : isEmbedded();
        if (!wanted) {
            return;
        }
        if (organisations.anyOrganisation()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        log.info(
                "Demo data created. Sign in at http://localhost:{} as alice@demo.test (or bob@demo.test, "
                        + "admin@demo.test) with password '{}'.",
                port,
                PASSWORD);
    }

    private boolean isEmbedded() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void seed() {
        var org = organisations
                .signUp(
                        new OrganisationManagement.SignUp("Demo Support", "Ada Admin", "admin@demo.test", PASSWORD),
                        "demo-data")
                .orElseThrow();
        Actor admin = new Actor(org.adminId(), org.organisationId(), Role.ADMIN);
        // the demo's people are members already: nobody invites them, so no invitation e-mail waits in the outbox
        var alice = members.addJoined(
                admin, new MemberManagement.AddMember("alice@demo.test", "Alice Agent", Role.AGENT, PASSWORD));
        var bob = members.addJoined(
                admin, new MemberManagement.AddMember("bob@demo.test", "Bob Agent", Role.AGENT, PASSWORD));
        List<Actor> agents = List.of(
                admin,
                new Actor(alice.id(), org.organisationId(), Role.AGENT),
                new Actor(bob.id(), org.organisationId(), Role.AGENT));
        demoPolicies(admin);
        List<Queue> teamQueues = queues.all(org.organisationId());
        seedTeamAdministration(admin, alice.id(), bob.id(), teamQueues);
        Random random = new Random(42);
        TicketStatus[] statuses = TicketStatus.values();
        List<java.util.UUID> assignees = new ArrayList<>();
        assignees.add(null);
        agents.forEach(a -> assignees.add(a.userId()));
        for (int i = 0; i < 40; i++) {
            String[] text = TICKETS[i % TICKETS.length];
            String title = text[0];
            Actor creator = agents.get(random.nextInt(agents.size()));
            Queue queue = teamQueues.get(i % teamQueues.size());
            // seeded Billing tickets are taken already: the round-robin rule (demoRules) is for the new ones, so the
            // seeded data stays as listed here whenever the after-commit reactions run
            java.util.UUID assignee =
                    assignees.get(i % assignees.size()) == null && queue.name().equals("Billing")
                            ? alice.id()
                            : assignees.get(i % assignees.size());
            Ticket ticket = tickets.create(
                    creator, new NewTicket(title, text[1], Priority.values()[i % 4], queue.id(), assignee));
            TicketStatus target = statuses[(i / 4) % statuses.length];
            if (target != TicketStatus.OPEN) {
                tickets.change(creator, ticket.id(), TicketChanges.none().withStatus(target));
            }
        }
        demoRules(admin, teamQueues);
    }

    /**
     * Two enabled automation rules that show automation at work on first start: new Billing tickets nobody took are
     * assigned round-robin among the queue's members (the seeded unassigned Billing tickets too, right after the
     * start), and tickets resolved for 3 days are closed with a note.
     */
    private void demoRules(Actor admin, List<Queue> teamQueues) {
        Queue billing = teamQueues.stream()
                .filter(q -> q.name().equals("Billing"))
                .findFirst()
                .orElseThrow();
        automation.create(
                admin,
                new RuleDraft(
                        "Assign new Billing tickets round-robin",
                        true,
                        new RuleDraft.TriggerDraft("ticket_created", null, null, null, null, null, null, false),
                        "all",
                        List.of(
                                new RuleDraft.ConditionDraft(
                                        "queue", "is", billing.id().toString()),
                                new RuleDraft.ConditionDraft("assignee", "is_nobody", null)),
                        List.of(new RuleDraft.ActionDraft("assign_round_robin", null))));
        automation.create(
                admin,
                new RuleDraft(
                        "Close tickets resolved for 3 days",
                        true,
                        new RuleDraft.TriggerDraft(
                                "time_in_status", null, null, null, null, "resolved", 3 * 24 * 60, false),
                        "all",
                        List.of(),
                        List.of(
                                new RuleDraft.ActionDraft("set_status", "closed"),
                                new RuleDraft.ActionDraft(
                                        "add_note", "Closed automatically: resolved for 3 days ({{rule.name}})."))));
    }

    /**
     * What the Settings area shows on first start: queue members, a deactivated member, a pending invitation,
     * the organisation's time zone, and the audit entries all of these leave.
     */
    private void seedTeamAdministration(Actor admin, java.util.UUID alice, java.util.UUID bob, List<Queue> teamQueues) {
        organisations.changeSettings(admin, new OrganisationManagement.ChangeSettings(null, "Europe/London"));
        for (Queue queue : teamQueues) {
            List<java.util.UUID> people =
                    queue.isDefault() || queue.name().equals("Billing") ? List.of(alice, bob) : List.of(alice);
            queueManagement.changeMembers(admin, queue.id(), people);
        }
        var carol = members.addJoined(
                admin, new MemberManagement.AddMember("carol@demo.test", "Carol Former", Role.AGENT, PASSWORD));
        members.changeStatus(admin, carol.id(), MemberStatus.DEACTIVATED);
        invitations.issue(admin, "dave@demo.test", Role.AGENT);
    }

    /**
     * So that the demo shows every SLA state right after the start, urgent and high tickets run on a 24×7 calendar
     * with short targets: urgent first responses are due after 1 minute (breached from then on), high ones are at
     * risk from the start (at risk at 100 % of the target left). Medium and low ones stay on the default policy
     * (on track), pending ones are paused and resolved or closed ones met.
     */
    private void demoPolicies(Actor admin) {
        List<BusinessCalendar.Hours> always = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            always.add(new BusinessCalendar.Hours(day, 0, 1440));
        }
        SlaCalendar aroundTheClock =
                sla.createCalendar(admin, "Around the clock", new BusinessCalendar(ZoneId.of("UTC"), always, Set.of()));
        SlaPolicy escalations = sla.createPolicy(
                admin,
                new SlaManagement.PolicyDraft(
                        "Escalations (24×7)",
                        aroundTheClock.id(),
                        Set.of(),
                        Set.of(Priority.URGENT),
                        targets(new SlaPolicy.Targets(1, 600)),
                        25,
                        0));
        SlaPolicy watch = sla.createPolicy(
                admin,
                new SlaManagement.PolicyDraft(
                        "Watch list (24×7)",
                        aroundTheClock.id(),
                        Set.of(),
                        Set.of(Priority.HIGH),
                        targets(new SlaPolicy.Targets(240, 480)),
                        100,
                        15));
        List<java.util.UUID> order = new ArrayList<>(List.of(escalations.id(), watch.id()));
        sla.policies(admin).stream()
                .map(SlaPolicy::id)
                .filter(id -> !order.contains(id))
                .forEach(order::add);
        sla.reorder(admin, order);
    }

    private static Map<Priority, SlaPolicy.Targets> targets(SlaPolicy.Targets each) {
        Map<Priority, SlaPolicy.Targets> targets = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            targets.put(p, each);
        }
        return targets;
    }
}
