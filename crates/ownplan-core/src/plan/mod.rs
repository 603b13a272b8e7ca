//! The plan model: the individual plan, the crisis plan, the network and consent.
