package dev.tradeguard.model.serde;

import dev.tradeguard.model.event.AccountSnapshot;

public class AccountSnapshotDeserializer extends EventDeserializer<AccountSnapshot> {
    public AccountSnapshotDeserializer() {
        super(AccountSnapshot.class);
    }
}
