package org.claimdesk.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Browserless view tests (Karibu) on the real Spring context and database. {@link #signInAs} goes
 * through ClaimDesk's real authentication and hands the result to Vaadin's navigation access control,
 * which a servlet filter would do in a running server.
 */
@ClaimDeskIntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = discover();
        }
    }

    /** Like Karibu's autoDiscoverViews, but also finds package-private views, which ours are. */
    @SuppressWarnings("unchecked")
    private static Routes discover() {
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.claimdesk").scan()) {
            for (String annotation : List.of(Route.class.getName(), Layout.class.getName())) {
                scan.getClassesWithAnnotation(annotation).loadClasses(Component.class).forEach(views::add);
            }
            scan.getClassesImplementing(HasErrorParameter.class.getName()).loadClasses()
                    .forEach(type -> errorViews.add((Class<? extends HasErrorParameter<?>>) type));
        }
        return new Routes(views, errorViews, true);
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestSignIn.signOut(context);
    }

    /** Signs in with a demo account, whose password is its name followed by "-demo". */
    protected void signInAs(String demoAccount) {
        signInAs(demoAccount, demoAccount + "-demo");
    }

    protected void signInAs(String username, String password) {
        Authentication authentication = TestSignIn.signIn(context, username, password);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
    }
}
