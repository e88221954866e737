package org.castellan.datarights.tests;

import java.util.List;
import java.util.function.Function;

import org.castellan.model.CastellanFactory;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.Member;
import org.castellan.model.Membership;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;
import org.castellan.model.User;
import org.castellan.test.support.ModelParts;

/**
 * Small data models for the tests: model "Sales" with measures Amount and Margin, a Date dimension
 * (years 2006-2009 > months > the 1st and 15th of each month) and a flat Customer dimension.
 */
final class Models {

    static final CastellanFactory F = CastellanFactory.eINSTANCE;

    private Models() {
    }

    static Installation sales() {
        Installation installation = F.createInstallation();
        installation.setName("test");
        DataModel model = F.createDataModel();
        model.setId("sales");
        model.setName("Sales");
        model.getMeasures().add(measure("[Measures].[Amount]"));
        model.getMeasures().add(measure("[Measures].[Margin]"));
        Dimension date = dimension("[Date]");
        for (int year = 2006; year <= 2009; year++) {
            Member y = member(year(year));
            for (int month = 1; month <= 12; month++) {
                Member m = member(month(year, month));
                m.getChildren().add(member(day(year, month, 1)));
                m.getChildren().add(member(day(year, month, 15)));
                y.getChildren().add(m);
            }
            date.getMembers().add(y);
        }
        model.getDimensions().add(date);
        Dimension customer = dimension("[Customer]");
        for (String name : List.of("ACME", "Globex", "Initech", "Umbrella")) {
            customer.getMembers().add(member(customer(name)));
        }
        model.getDimensions().add(customer);
        installation.getDataModels().add(model);
        return installation;
    }

    static String year(int year) {
        return "[Date].[" + year + "]";
    }

    static String month(int year, int month) {
        return "[Date].[" + year + "].[" + month + "]";
    }

    static String day(int year, int month, int day) {
        return "[Date].[" + year + "].[" + month + "].[" + day + "]";
    }

    static String customer(String name) {
        return "[Customer].[" + name + "]";
    }

    static User user(Installation installation, String id, Group... groups) {
        User user = F.createUser();
        user.setId(id);
        user.setLogin(id);
        for (Group group : groups) {
            Membership membership = F.createMembership();
            membership.setGroup(group);
            user.getMemberships().add(membership);
        }
        installation.getUsers().add(user);
        return user;
    }

    static Group group(Installation installation, String id) {
        Group group = F.createGroup();
        group.setId(id);
        group.setName(id);
        installation.getGroups().add(group);
        return group;
    }

    /** A data right on the model for the holders, with its single model grant to fill. */
    static DataModelGrant right(Installation installation, String name, DataModel model, Principal... holders) {
        DataModelGrant grant = ModelParts.dataRight(installation, name, model, holders);
        ((DataRight) grant.eContainer()).setId("right-" + name);
        return grant;
    }

    static void measure(DataModelGrant grant, String uniqueName, boolean allowed) {
        ModelParts.measureGrant(grant, named(grant.getModel().getMeasures(), Measure::getUniqueName, uniqueName), allowed);
    }

    static DimensionGrant dimension(DataModelGrant grant, String uniqueName, boolean allowed, boolean eraser, String... members) {
        Dimension dimension = named(grant.getModel().getDimensions(), Dimension::getUniqueName, uniqueName);
        return ModelParts.dimensionGrant(grant, dimension, allowed, eraser, members);
    }

    /** The one of {@code items} whose unique name is {@code uniqueName}. */
    private static <T> T named(List<T> items, Function<T, String> uniqueNameOf, String uniqueName) {
        return items.stream().filter(item -> uniqueNameOf.apply(item).equals(uniqueName)).findFirst().orElseThrow();
    }

    static ObjectPermission permission(Principal principal, PermissionLevel level) {
        return ModelParts.permission(principal, level);
    }

    /** A member whose id is its unique name and caption its last part, as the evaluators meet unsaved ones. */
    static Member member(String uniqueName) {
        Member member = ModelParts.member(uniqueName, uniqueName.substring(uniqueName.lastIndexOf('[') + 1, uniqueName.length() - 1));
        member.setId(uniqueName);
        return member;
    }

    private static Measure measure(String uniqueName) {
        Measure measure = ModelParts.measure(uniqueName, null);
        measure.setId(uniqueName);
        return measure;
    }

    private static Dimension dimension(String uniqueName) {
        Dimension dimension = ModelParts.dimension(uniqueName, null);
        dimension.setId(uniqueName);
        return dimension;
    }
}
