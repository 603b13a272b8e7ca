// The fictional portal mounts the widget with its options: Nynorsk is not forced (the person's
// browser decides), its own storage namespace, and its local service directory.
import { mount } from "../ownplan.js";

await mount(document.getElementById("ownplan-host"), {
  namespace: "fjordvik",
  portalName: "Fjordvik kommune",
  services: [
    { name: "Kriseteamet i Fjordvik", phone: "55 50 60 70", openingHours: "Hverdager 08–22", note: "Ring først" },
    { name: "Legevakten i Fjordvik", phone: "116 117", openingHours: "Døgnåpent" },
    { name: "NAV Fjordvik", phone: "55 55 33 33", openingHours: "Hverdager 09–15" },
    { name: "Fjordvik likepersonsenter", phone: "55 10 20 30", openingHours: "Man–fre 10–16", note: "Kom innom uten avtale" },
  ],
});
