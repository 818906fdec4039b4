package org.trellis.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.trellis.audit.entity.AuditHead;
import org.trellis.framework.control.Ladder;
import org.trellis.framework.control.LadderAssembler;
import org.trellis.framework.control.LadderRules;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.identity.boundary.Accounts;
import org.trellis.identity.entity.Account;
import org.trellis.identity.entity.Role;
import org.trellis.people.control.ReportingLines;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;

/**
 * Loads the demo organisation: Engineering (vera) above Platform (dana: mike, maya and their teams)
 * and Product (diego), a People department where hana is the HR partner of all of them (and hugo
 * a co-partner of Product only), an
 * {@code admin}, and about 200 generated colleagues. Every named account's password is
 * {@value #DEMO_PASSWORD}.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrations")
public class DemoOrganisation {

    public static final String ENABLED_PROPERTY = "trellis.demo";
    static final String DEMO_PASSWORD = "demo";
    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());

    private static final String[] FIRST_NAMES = {"Alex", "Beatriz", "Chen", "Daria", "Emeka", "Farah", "Gustav", "Hiro",
        "Ines", "Jonas", "Kemi", "Lars", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma",
        "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Aiko", "Bruno", "Clara", "Dmitri", "Elif", "Felix"};
    private static final String[] LAST_NAMES = {"Adeyemi", "Berg", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia",
        "Haddad", "Ito", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
        "Schmidt", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zhang"};

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ReportingLines reportingLines;

    @Inject
    LadderRules ladderRules;

    @Inject
    LadderAssembler ladderAssembler;

    @Inject
    DemoRequests requests;

    @Inject
    DemoGrowth demoGrowth;

    @Inject
    Clock clock;

    private final Random random = new Random(20260101L);
    private final List<Employee> everyone = new ArrayList<>();
    private int nextNumber = 2000;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        // On a cluster every instance starts at once, and each would find the database empty and
        // load it. The audit head's lock (the load is audited, so it takes that lock anyway) makes
        // the others wait for the first one's commit, and then they find its people.
        em.find(AuditHead.class, AuditHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE);
        long people = em.createNamedQuery(Employee.COUNT_ALL, Long.class).getSingleResult();
        if (people > 0) {
            LOG.info(() -> "Demo organisation not loaded: the database already has " + people + " people");
            return;
        }
        load();
        LOG.info(() -> "Demo organisation loaded: " + everyone.size() + " people");
    }

    private void load() {
        Map<String, Level> levels = publishEngineeringFramework();
        Department engineering = department("ENG", "Engineering");
        Department platform = department("PLAT", "Platform");
        Department product = department("PROD", "Product");
        Department peopleOps = department("PEOPLE", "People");
        // Departments and employees point at each other (department head, employee's department):
        // writing each in its own flush keeps every foreign key satisfied without a shallow insert.
        em.flush();

        Employee vera = person("E1000", "Vera Lindgren", "vera", engineering, null, Set.of());
        Employee dana = person("E1001", "Dana Okafor", "dana", platform, vera, Set.of());
        Employee diego = person("E1002", "Diego Marquez", "diego", product, vera, Set.of());
        Employee paula = person("E1003", "Paula Nieminen", null, peopleOps, null, Set.of());
        Employee hana = person("E1004", "Hana Kobayashi", "hana", peopleOps, paula, Set.of(Role.HR));
        Employee mike = person("E1010", "Mike Brennan", "mike", platform, dana, Set.of());
        Employee maya = person("E1011", "Maya Raman", "maya", platform, dana, Set.of());
        Employee ivan = person("E1020", "Ivan Petrov", "ivan", platform, mike, Set.of());
        Employee iris = person("E1021", "Iris Novak", "iris", platform, mike, Set.of());
        Employee igor = person("E1022", "Igor Sokolov", "igor", platform, maya, Set.of());
        // Two more engineers with accounts, whose requests the browser tests walk through the pages.
        Employee ines = person("E1023", "Ines Duarte", "ines", platform, maya, Set.of());
        Employee theo = person("E1024", "Theo Lambert", "theo", platform, mike, Set.of());

        vera.placeOnFirstLevel(levels.get("M6"));
        dana.placeOnFirstLevel(levels.get("M5"));
        diego.placeOnFirstLevel(levels.get("M5"));
        mike.placeOnFirstLevel(levels.get("M4"));
        maya.placeOnFirstLevel(levels.get("M3"));
        ivan.placeOnFirstLevel(levels.get("IC3"));
        iris.placeOnFirstLevel(levels.get("IC4"));
        igor.placeOnFirstLevel(levels.get("IC2"));
        ines.placeOnFirstLevel(levels.get("IC3"));
        theo.placeOnFirstLevel(levels.get("IC2"));

        team(platform, mike, 8);
        team(platform, maya, 9);
        for (int i = 0; i < 6; i++) {
            Employee manager = generated(platform, dana);
            manager.placeOnFirstLevel(levels.get(i % 2 == 0 ? "M3" : "M4"));
            team(platform, manager, 11);
        }
        for (int i = 0; i < 6; i++) {
            Employee manager = generated(product, diego);
            manager.placeOnFirstLevel(levels.get(i % 2 == 0 ? "M4" : "M3"));
            team(product, manager, 13);
        }
        // Engineering ICs get a level; the People department is outside the engineering framework.
        for (Employee member : everyone) {
            if (member.level().isEmpty() && member.getManager() != null
                    && (member.getDepartment() == platform || member.getDepartment() == product)) {
                member.placeOnFirstLevel(levels.get("IC" + (1 + random.nextInt(5))));
            }
        }
        team(peopleOps, paula, 5);
        // A second HR partner who looks after Product only, so that HR scoping shows (hana signs for all).
        // Added after the generated colleagues with a fixed hire date: the seeded names stay as they were.
        Employee hugo = new Employee("E1005", "Hugo Lindqvist", "hugo.lindqvist@trellis.example", peopleOps,
                LocalDate.of(2019, 9, 2));
        em.persist(hugo);
        reportingLines.reportTo(hugo, paula);
        everyone.add(hugo);
        em.persist(new Account("hugo", accounts.hash(DEMO_PASSWORD.toCharArray()), hugo, EnumSet.of(Role.HR)));
        // Two more senior engineering managers (band 4) with small teams in each department, so that band 4
        // has at least five managers in each director's organisation and the pay parity report can show
        // (and flag) band 4 to a director, whose view hides groups of fewer than five. Added last, so that
        // the colleagues generated above keep their seeded names and levels.
        for (Department department : List.of(platform, product)) {
            for (int i = 0; i < 2; i++) {
                Employee manager = generated(department, department == platform ? dana : diego);
                manager.placeOnFirstLevel(levels.get("M4"));
                for (int j = 0; j < 4; j++) {
                    generated(department, manager).placeOnFirstLevel(levels.get("IC" + (1 + random.nextInt(5))));
                }
            }
        }
        reportingLines.placeAll(everyone);
        em.flush();

        engineering.headedBy(vera);
        platform.headedBy(dana);
        product.headedBy(diego);
        peopleOps.headedBy(paula);
        for (Department department : List.of(engineering, platform, product)) {
            department.partneredBy(hana);
        }
        peopleOps.partneredBy(hana);
        product.sharedWith(hugo);

        em.persist(new Account("admin", accounts.hash(DEMO_PASSWORD.toCharArray()), null, EnumSet.of(Role.ADMIN)));
        em.flush();
        requests.open(em, everyone, levels, mike, maya, dana);
        requests.trials(em, everyone, levels, dana);
        demoGrowth.load();
        DemoSkipLevelsAndConversations.load(em, clock);
        em.flush();
        DemoPay.load(em, everyone, clock);
    }

    /** Imports the demo ladder through the same rules as a workbook and publishes it. */
    private Map<String, Level> publishEngineeringFramework() {
        Ladder ladder = ladderRules.requireSound(DemoFramework.ladder()); // with the bands' pay ranges
        Framework framework = new Framework(ladder.name());
        em.persist(framework);
        FrameworkVersion version = framework.draft(ladder.versionLabel(), ladder.description(), "demo",
                OffsetDateTime.now(clock));
        ladderAssembler.fill(version, ladder);
        framework.publish(version, OffsetDateTime.now(clock));
        em.flush();
        Map<String, Level> levels = new HashMap<>();
        version.levels().forEach(level -> levels.put(level.getCode(), level));
        return levels;
    }

    private Department department(String code, String name) {
        Department department = new Department(code, name);
        em.persist(department);
        return department;
    }

    private Employee person(String number, String name, String login, Department department, Employee manager,
            Set<Role> granted) {
        String email = name.toLowerCase().replace(' ', '.') + "@trellis.example";
        Employee employee = new Employee(number, name, email, department, hireDate());
        em.persist(employee);
        reportingLines.reportTo(employee, manager);
        everyone.add(employee);
        if (login != null) {
            em.persist(new Account(login, accounts.hash(DEMO_PASSWORD.toCharArray()), employee,
                    granted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(granted)));
        }
        return employee;
    }

    private Employee generated(Department department, Employee manager) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String number = "E" + nextNumber++;
        Employee employee = new Employee(number, first + " " + last,
                (first + "." + last + "." + number).toLowerCase() + "@trellis.example", department, hireDate());
        em.persist(employee);
        reportingLines.reportTo(employee, manager);
        everyone.add(employee);
        return employee;
    }

    private void team(Department department, Employee manager, int size) {
        for (int i = 0; i < size; i++) {
            generated(department, manager);
        }
    }

    private LocalDate hireDate() {
        return LocalDate.of(2012, 1, 1).plusDays(random.nextInt(14 * 365));
    }
}
