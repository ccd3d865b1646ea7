// Placeholder so the target builds until the enrichment pipeline lands (issue 4).
import LeadIQ
import RecordIO
