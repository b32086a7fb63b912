namespace Vetting.Core.Vetting;

/// <summary>What an audit record is about. Stored by name, so adding kinds never changes old records.</summary>
public enum AuditKind
{
    AccountChanged,
    EventPolicyChanged,
    DecisionRecorded,
    ActionRequested,
    ActionCompleted,
    ActionFailed,
    ClearanceGranted,
    ClearanceRevoked,
    ReleaseRequested,
    ReleaseApproved,
    ReleaseRejected,
    FinalCheckRecorded,
    PersonalDataPurged,
    ListChanged,
    SettingChanged,
    FlagEscalated,
    NotificationSent,
}
