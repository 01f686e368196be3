import { interventionProgress } from "./src/monitoring/index";
import { sampleDataset as s } from "./src/models/index";
const p = interventionProgress(s.interventions, { asOf: s.asOf, transactions: s.transactions });
for (const x of p) console.log(x.id, x.status, x.state, JSON.stringify(x.reasons), x.schedule.expectedProgress.toFixed(2), x.schedule.physicalProgress?.toFixed(2), x.budget.spentShare?.toFixed(2), x.earnedValue.spi?.toFixed(2), x.earnedValue.cpi?.toFixed(2), x.schedule.startDelayDays, x.schedule.endDelayDays);
