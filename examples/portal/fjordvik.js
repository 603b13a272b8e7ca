// A page of the widget's own origin mounts the widget into itself (`ownOrigin: true`: no other
// scripts run on this origin, so nothing else can read the person's plan and key). A real
// portal with its own scripts uses the frame instead: see fjordvik-frame.js.
import { mount } from "../ownplan.js";

await mount(document.getElementById("ownplan-host"), {
  ownOrigin: true,
  namespace: "fjordvik",
  portalName: "Fjordvik kommune",
  services: [
    { name: "Kriseteamet i Fjordvik", phone: "55 50 60 70", openingHours: "Hverdager 08–22", note: "Ring først" },
    { name: "Legevakten i Fjordvik", phone: "116 117", openingHours: "Døgnåpent" },
    { name: "NAV Fjordvik", phone: "55 55 33 33", openingHours: "Hverdager 09–15" },
    { name: "Fjordvik likepersonsenter", phone: "55 10 20 30", openingHours: "Man–fre 10–16", note: "Kom innom uten avtale" },
  ],
});
