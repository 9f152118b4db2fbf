package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.UUID;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

/** Every user-management rule at the service, where it holds whatever a screen or a crafted request sends. */
@ClaimDeskIntegrationTest
class AccountAdministrationServiceTest {

    @Autowired
    AccountAdministrationService administration;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordLinkService links;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signInAsAdmin() {
        // the database keeps microseconds: a whole second compares equal after the round trip
        clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        TestSignIn.signIn(context, "admin", "admin-demo");
    }

    @AfterEach
    void reset() {
        TestSignIn.signOut(context);
        clock.reset();
    }

    @Test
    void aTemporaryPasswordSignsInOnceAndMustThenBeChanged() {
        String username = unique("temp");
        IssuedPassword issued = administration.create(new NewUser(username, "Temp Person", username + "@example.org",
                Role.REVIEWER), PasswordHandover.TEMPORARY_PASSWORD);

        assertThat(issued.secret()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(issued.account().mustChangePassword()).isTrue();
        assertThat(issued.account().role()).isEqualTo(Role.REVIEWER);
        TestSignIn.signIn(context, username, issued.secret());
        assertThat(accounts.mustChangeOwnPassword()).isTrue();

        accounts.changeOwnPassword(issued.secret(), "my own good password");

        assertThat(accounts.mustChangeOwnPassword()).isFalse();
        TestSignIn.signIn(context, username, "my own good password");
        assertThatThrownBy(() -> TestSignIn.signIn(context, username, issued.secret()))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anInvitationLinkLetsThePersonChooseTheirPasswordOnce() {
        String username = unique("invited");
        IssuedPassword issued = administration.create(new NewUser(username, "Invited Person", null, Role.VIEWER),
                PasswordHandover.ONE_TIME_LINK);

        assertThat(issued.secret()).startsWith("http").contains("/password/");
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        String token = tokenOf(issued);
        assertThat(links.check(token)).contains(new PasswordLink(username, "Invited Person", true));
        TestSignIn.signOut(context);

        links.choosePassword(token, "chosen by myself");

        TestSignIn.signIn(context, username, "chosen by myself");
        assertThat(accounts.mustChangeOwnPassword()).isFalse();
        assertThat(links.check(token)).isEmpty();
        assertViolation(() -> links.choosePassword(token, "another password"), "password-link.invalid");
        assertThat(actions(username)).containsSubsequence("created", "invitation-link-issued", "password-set-by-link");
        assertThat(history(username).getLast().actor()).isEqualTo(username);
    }

    @Test
    void aResetLinkReplacesEarlierOnesWorksOnceAndExpires() {
        ManagedAccount account = createWithPassword(Role.REVIEWER, "the old password");

        String first = tokenOf(administration.resetPassword(account.publicId(), account.version(),
                PasswordHandover.ONE_TIME_LINK));
        IssuedPassword second = administration.resetPassword(account.publicId(), account.version(),
                PasswordHandover.ONE_TIME_LINK);
        assertThat(second.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(links.check(first)).isEmpty();
        // the old password works until the link is used
        TestSignIn.signIn(context, account.username(), "the old password");

        assertViolation(() -> links.choosePassword(tokenOf(second), "short"), "account.password.too-short");
        links.choosePassword(tokenOf(second), "the new password");

        assertThatThrownBy(() -> TestSignIn.signIn(context, account.username(), "the old password"))
                .isInstanceOf(BadCredentialsException.class);
        TestSignIn.signIn(context, account.username(), "the new password");
        assertViolation(() -> links.choosePassword(tokenOf(second), "a third password"), "password-link.invalid");

        TestSignIn.signIn(context, "admin", "admin-demo");
        ManagedAccount now = administration.find(account.publicId()).orElseThrow();
        String expiring = tokenOf(administration.resetPassword(now.publicId(), now.version(),
                PasswordHandover.ONE_TIME_LINK));
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(links.check(expiring)).isEmpty();
        assertViolation(() -> links.choosePassword(expiring, "too late a password"), "password-link.invalid");
    }

    @Test
    void aTemporaryPasswordResetReplacesTheOldOneAtOnce() {
        ManagedAccount account = createWithPassword(Role.EDITOR, "the old password");

        IssuedPassword issued = administration.resetPassword(account.publicId(), account.version(),
                PasswordHandover.TEMPORARY_PASSWORD);

        assertThat(issued.account().mustChangePassword()).isTrue();
        assertThat(issued.account().version()).isGreaterThan(account.version());
        assertThatThrownBy(() -> TestSignIn.signIn(context, account.username(), "the old password"))
                .isInstanceOf(BadCredentialsException.class);
        TestSignIn.signIn(context, account.username(), issued.secret());
        assertThat(accounts.mustChangeOwnPassword()).isTrue();
        assertThat(actions(account.username())).contains("temporary-password-set");
    }

    @Test
    void refusesATakenUserNameOrEmailAddressWhateverTheCase() {
        assertViolation(() -> administration.create(new NewUser("Editor", "Another editor", null, Role.EDITOR),
                PasswordHandover.TEMPORARY_PASSWORD), "account.username.taken");
        assertViolation(() -> administration.create(new NewUser(unique("dup"), "Same address",
                "EDITOR@ClaimDesk.invalid", Role.VIEWER), PasswordHandover.ONE_TIME_LINK), "account.email.taken");
        assertViolation(() -> administration.create(new NewUser(unique("bad"), "Bad address", "no address",
                Role.VIEWER), PasswordHandover.ONE_TIME_LINK), "account.email.invalid");
        assertViolation(() -> administration.create(new NewUser("has space", "Name", null, Role.VIEWER),
                PasswordHandover.ONE_TIME_LINK), "account.username.invalid");
    }

    @Test
    void changesARoleAndAuditsWhoAndTheAccountBeforeAndAfter() {
        ManagedAccount account = createWithPassword(Role.REVIEWER, "a good password");

        ManagedAccount changed = administration.changeRole(account.publicId(), account.version(), Role.EDITOR);

        assertThat(changed.role()).isEqualTo(Role.EDITOR);
        AuditEntry entry = history(account.username()).getLast();
        assertThat(entry.action()).isEqualTo("role-changed");
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.before()).contains("\"role\": \"REVIEWER\"").doesNotContain("password\"");
        assertThat(entry.after()).contains("\"role\": \"EDITOR\"");
        assertThat(TestSignIn.signIn(context, account.username(), "a good password").getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_EDITOR");
    }

    @Test
    void deactivatedAccountsCannotSignInUntilReactivated() {
        ManagedAccount account = createWithPassword(Role.REVIEWER, "a good password");

        ManagedAccount deactivated = administration.deactivate(account.publicId(), account.version());

        assertThat(deactivated.active()).isFalse();
        assertThatThrownBy(() -> TestSignIn.signIn(context, account.username(), "a good password"))
                .isInstanceOf(DisabledException.class);
        TestSignIn.signIn(context, "admin", "admin-demo");
        assertViolation(() -> administration.resetPassword(account.publicId(), deactivated.version(),
                PasswordHandover.TEMPORARY_PASSWORD), "account.reset.inactive");

        ManagedAccount reactivated = administration.reactivate(account.publicId(), deactivated.version());

        assertThat(reactivated.active()).isTrue();
        TestSignIn.signIn(context, account.username(), "a good password");
        assertThat(actions(account.username())).containsSubsequence("created", "deactivated", "reactivated");
    }

    @Test
    void aDeactivatedAccountsPasswordLinkIsVoid() {
        ManagedAccount account = createWithPassword(Role.VIEWER, "a good password");
        String token = tokenOf(administration.resetPassword(account.publicId(), account.version(),
                PasswordHandover.ONE_TIME_LINK));

        administration.deactivate(account.publicId(), account.version());

        assertThat(links.check(token)).isEmpty();
        assertViolation(() -> links.choosePassword(token, "a new password"), "password-link.invalid");
    }

    @Test
    void aChangeBasedOnAnOutdatedViewIsRefusedNotOverwritten() {
        ManagedAccount seenByBoth = createWithPassword(Role.REVIEWER, "a good password");
        administration.changeRole(seenByBoth.publicId(), seenByBoth.version(), Role.EDITOR);

        assertViolation(() -> administration.changeRole(seenByBoth.publicId(), seenByBoth.version(), Role.VIEWER),
                "account.changed-meanwhile");
        assertViolation(() -> administration.deactivate(seenByBoth.publicId(), seenByBoth.version()),
                "account.changed-meanwhile");
        assertViolation(() -> administration.resetPassword(seenByBoth.publicId(), seenByBoth.version(),
                PasswordHandover.TEMPORARY_PASSWORD), "account.changed-meanwhile");

        ManagedAccount now = administration.find(seenByBoth.publicId()).orElseThrow();
        assertThat(now.role()).isEqualTo(Role.EDITOR);
        assertThat(now.active()).isTrue();
        assertThat(now.mustChangePassword()).isFalse();
    }

    @Test
    void theLastActiveAdminCanNeitherBeDemotedNorDeactivatedNotEvenByThemselves() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("update user_account set active = false where role = 'ADMIN' and username <> 'admin'").update();
            ManagedAccount self = administration.page("admin@claimdesk.invalid", 0, 1).getFirst();

            assertViolation(() -> administration.changeRole(self.publicId(), self.version(), Role.EDITOR),
                    "account.last-admin.demote-self");
            assertViolation(() -> administration.deactivate(self.publicId(), self.version()),
                    "account.last-admin.deactivate-self");
            assertThat(administration.find(self.publicId()).orElseThrow())
                    .satisfies(unchanged -> assertThat(unchanged.role()).isEqualTo(Role.ADMIN))
                    .satisfies(unchanged -> assertThat(unchanged.active()).isTrue());

            // with a second admin, stepping down is fine
            administration.create(new NewUser(unique("second-admin"), "Second Admin", null, Role.ADMIN),
                    PasswordHandover.ONE_TIME_LINK);
            assertThat(administration.changeRole(self.publicId(), self.version(), Role.EDITOR).role())
                    .isEqualTo(Role.EDITOR);
        });
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        ManagedAccount first = createWithPassword(Role.ADMIN, "first admin password");
        ManagedAccount second = createWithPassword(Role.ADMIN, "second admin password");
        List<String> othersSetAside = jdbc.sql("""
                        update user_account set active = false
                         where role = 'ADMIN' and active and username not in (:first, :second)
                        returning username""")
                .param("first", first.username()).param("second", second.username()).query(String.class).list();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Object> one = pool.submit(() -> demote(start, first, "first admin password", second));
            Future<Object> other = pool.submit(() -> demote(start, second, "second admin password", first));
            start.countDown();
            List<Object> outcomes = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));

            assertThat(outcomes).filteredOn(ManagedAccount.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(AccountRuleViolation.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(((AccountRuleViolation) refusal).messageKey())
                            .isEqualTo("account.last-admin.demote"));
            assertThat(jdbc.sql("""
                            select count(*) from user_account
                             where role = 'ADMIN' and active and username in (:first, :second)""")
                    .param("first", first.username()).param("second", second.username()).query(Long.class).single())
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
            if (!othersSetAside.isEmpty()) {
                jdbc.sql("update user_account set active = true where username in (:names)")
                        .param("names", othersSetAside).update();
            }
        }
    }

    private Object demote(CountDownLatch start, ManagedAccount actor, String password, ManagedAccount target)
            throws InterruptedException {
        TestSignIn.signIn(context, actor.username(), password);
        try {
            start.await();
            return administration.changeRole(target.publicId(), target.version(), Role.EDITOR);
        } catch (AccountRuleViolation refusal) {
            return refusal;
        } finally {
            TestSignIn.signOut(context);
        }
    }

    @Test
    void onlyAdminsManageAccounts() {
        ManagedAccount account = createWithPassword(Role.VIEWER, "a good password");
        TestSignIn.signIn(context, "editor", "editor-demo");

        List<Runnable> calls = List.of(
                () -> administration.page(null, 0, 10),
                () -> administration.count(null),
                () -> administration.find(account.publicId()),
                () -> administration.create(new NewUser(unique("sneaky"), "Sneaky", null, Role.ADMIN),
                        PasswordHandover.TEMPORARY_PASSWORD),
                () -> administration.changeRole(account.publicId(), account.version(), Role.ADMIN),
                () -> administration.deactivate(account.publicId(), account.version()),
                () -> administration.reactivate(account.publicId(), account.version()),
                () -> administration.resetPassword(account.publicId(), account.version(),
                        PasswordHandover.TEMPORARY_PASSWORD));
        calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));

        TestSignIn.signOut(context);
        assertThatThrownBy(() -> administration.page(null, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theTrailNeverHoldsAPasswordOrItsHash() {
        String username = unique("secret");
        IssuedPassword issued = administration.create(new NewUser(username, "Secret Keeper", null, Role.VIEWER),
                PasswordHandover.TEMPORARY_PASSWORD);
        IssuedPassword reset = administration.resetPassword(issued.account().publicId(), issued.account().version(),
                PasswordHandover.ONE_TIME_LINK);

        String hash = jdbc.sql("select password_hash from user_account where username = :name")
                .param("name", username).query(String.class).single();
        assertThat(history(username)).isNotEmpty().allSatisfy(entry -> {
            String values = entry.before() + " " + entry.after();
            assertThat(values).doesNotContain(hash, issued.secret(), tokenOf(reset), "{bcrypt}");
        });
    }

    @Test
    void listsAndFindsAccountsWithTheirLastSignIn() {
        ManagedAccount account = createWithPassword(Role.VIEWER, "a good password");
        TestSignIn.signIn(context, account.username(), "a good password");
        TestSignIn.signIn(context, "admin", "admin-demo");

        List<ManagedAccount> found = administration.page(account.username().toUpperCase(), 0, 10);

        assertThat(found).singleElement().satisfies(listed -> {
            assertThat(listed.username()).isEqualTo(account.username());
            assertThat(listed.lastSignInAt()).isEqualTo(clock.instant());
        });
        assertThat(administration.count(account.username())).isEqualTo(1);
        assertThat(administration.page("%", 0, 10)).isEmpty();
        assertThat(administration.publicIdsOf(List.of(account.username(), "nobody-at-all")))
                .containsOnlyKeys(account.username());
    }

    private ManagedAccount createWithPassword(Role role, String password) {
        IssuedPassword issued = administration.create(new NewUser(unique(role.name().toLowerCase()),
                "Test " + role, null, role), PasswordHandover.ONE_TIME_LINK);
        TestSignIn.signOut(context);
        links.choosePassword(tokenOf(issued), password);
        TestSignIn.signIn(context, "admin", "admin-demo");
        return administration.find(issued.account().publicId()).orElseThrow();
    }

    private List<AuditEntry> history(String username) {
        return audit.history("account", username);
    }

    private List<String> actions(String username) {
        return history(username).stream().map(AuditEntry::action).toList();
    }

    static String tokenOf(IssuedPassword issued) {
        return issued.secret().substring(issued.secret().lastIndexOf('/') + 1);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void assertViolation(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AccountRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(messageKey));
    }
}
