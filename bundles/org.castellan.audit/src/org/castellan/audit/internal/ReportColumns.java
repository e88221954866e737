package org.castellan.audit.internal;

import java.util.List;

import org.castellan.audit.ReportKind;

/** Each report's title and column titles, in the user's language. */
final class ReportColumns {

    private ReportColumns() {
    }

    static String title(ReportKind kind) {
        return switch (kind) {
        case CURRENT_RIGHTS -> Messages.reportCurrentRights;
        case MENU_ENTRIES -> Messages.reportMenuEntries;
        case MENU_REFUSALS -> Messages.reportMenuRefusals;
        case DATA_LEFT -> Messages.reportDataLeft;
        case LOGINS -> Messages.reportLogins;
        case RIGHTS_CARD -> Messages.reportRightsCard;
        case RIGHTS_ON_DAY -> Messages.reportRightsOnDay;
        };
    }

    static List<String> of(ReportKind kind) {
        return switch (kind) {
        case CURRENT_RIGHTS -> List.of(Messages.columnUser, Messages.columnName, Messages.columnRight, Messages.columnBundle, Messages.columnThrough,
                Messages.columnDateChanged);
        case MENU_ENTRIES -> List.of(Messages.columnTime, Messages.columnUser, Messages.columnKind, Messages.columnEntry, Messages.columnId,
                Messages.columnWorkstation, Messages.columnIpAddress);
        case MENU_REFUSALS -> List.of(Messages.columnTime, Messages.columnUser, Messages.columnOption, Messages.columnReason, Messages.columnMessage);
        case DATA_LEFT -> List.of(Messages.columnTime, Messages.columnUser, Messages.columnAction, Messages.columnSource, Messages.columnRows,
                Messages.columnRight, Messages.columnFile, Messages.columnWorkstation);
        case LOGINS -> List.of(Messages.columnTime, Messages.columnUser, Messages.columnResult, Messages.columnReason, Messages.columnWorkstation,
                Messages.columnIpAddress, Messages.columnOsUser, Messages.columnProgramVersion);
        case RIGHTS_CARD -> List.of(Messages.columnTime, Messages.columnUser, Messages.columnChange, Messages.columnAdded, Messages.columnRemoved,
                Messages.columnRightsHeld);
        case RIGHTS_ON_DAY -> List.of(Messages.columnUser, Messages.columnRight, Messages.columnBundle, Messages.columnRecordOf);
        };
    }
}
