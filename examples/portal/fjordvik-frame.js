// The recommended recipe: the widget in a frame on its own origin. Here the example imports
// ownplan-frame.js from the folder above; a real portal imports it from the widget's origin,
// e.g. "https://minplan.fjordvik.kommune.no/ownplan-frame.js" (docs/DEPLOYING.md).
import { frame } from "../ownplan-frame.js";

frame(document.getElementById("ownplan-host"), {
  portalName: "Fjordvik kommune",
  headingLevel: 2,
  navLabel: "Min plan",
  theme: { accent: "#0b3954", accentSoft: "#e1ecf4" },
  services: [
    { name: "Kriseteamet i Fjordvik", phone: "55 50 60 70", openingHours: "Hverdager 08–22", note: "Ring først" },
    { name: "Legevakten i Fjordvik", phone: "116 117", openingHours: "Døgnåpent" },
  ],
});
