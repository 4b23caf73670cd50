import type { TimeLeft } from "../format/vn-time";
import type { Messages } from "./vi";

const SHIPMENT_STATUSES: Record<string, string> = {
  INFO_RECEIVED: "order details received",
  PICKED_UP: "picked up",
  IN_TRANSIT: "in transit",
  OUT_FOR_DELIVERY: "out for delivery",
  DELIVERY_FAILED: "delivery attempt failed",
  DELIVERED: "delivered",
  RETURNING: "on its way back",
  RETURNED: "returned",
  EXCEPTION: "a problem was reported",
  LOST: "lost",
  CANCELLED: "shipment cancelled",
};

const REASONS: Record<string, string> = {
  NOT_RECEIVED: "Not received",
  DAMAGED: "Damaged",
  NOT_AS_DESCRIBED: "Not as described",
  COUNTERFEIT: "Counterfeit",
  WRONG_ITEM: "Wrong item",
  MISSING_PARTS: "Missing parts or accessories",
  OTHER: "Something else",
};

const OUTCOMES: Record<string, string> = {
  REFUND_FULL: "Full refund to you",
  REFUND_PARTIAL: "Partial refund to you",
  RELEASE_TO_SELLER: "Money paid to the seller",
  RETURN_AND_REFUND: "You return the goods and get a refund",
};

const left = (t: TimeLeft): string => {
  if (t.passed) return "passed";
  if (t.days > 0) return `${t.days} d ${t.hours} h left`;
  if (t.hours > 0) return `${t.hours} h ${t.minutes} min left`;
  return `${t.minutes} min left`;
};

const channel = (c: string): string =>
  c === "ZALO" ? "a Zalo message" : c === "EMAIL" ? "an email" : "an SMS";

/** Every text of the web app in English, the second language (the shape is Vietnamese's: `vi.ts`). */
export const en: Messages = {
  common: {
    htmlLang: "en",
    brand: "TrustCircle",
    portalName: "Track your order",
    languageLabel: "Language",
    skipToContent: "Skip to main content",
    loading: "Loading…",
    refresh: "Refresh",
    back: "Back",
    backToOrder: "Back to the order",
    signOut: "Sign out",
    cancel: "Cancel",
    sending: "Sending…",
    timeNote: "Times are Vietnam time (GMT+7).",
    required: "Please fill this in.",
    timeLeft: left,
    shipmentStatuses: SHIPMENT_STATUSES,
    notFoundTitle: "Page not found",
    notFoundBody:
      "This page does not exist. You can look up your order with its code and your phone number.",
    goToLookup: "Look up an order",
  },

  lookup: {
    title: "Look up your order",
    intro:
      "Enter the order code from your SMS and the phone number you ordered with. We will text you a confirmation code.",
    orderCodeLabel: "Order code",
    orderCodeHint: "In your SMS, for example TC-7KQ4-M2XD",
    phoneLabel: "Phone number",
    phoneHint: "The phone number you ordered with",
    sendCode: "Send me a code",
    otpStepTitle: "Enter the confirmation code",
    codeSent: (minutes: number) =>
      `If the order code and phone number match an order, we have texted you a 6-digit code. It is valid for ${minutes} minutes.`,
    otpLabel: "Confirmation code (6 digits)",
    viewOrder: "View my order",
    resend: "Send a new code",
    codeResent: "A new code was sent if the details match an order.",
    editDetails: "Change the order code or phone number",
    sessionExpired:
      "Your order session has expired. Please get a new confirmation code.",
    signedOut: "You have left the order page.",
    codeNeeded:
      "To see this order, enter your phone number and get a confirmation code by SMS.",
    invalidOrderCode:
      "An order code is TC and 8 characters, for example TC-7KQ4-M2XD.",
    invalidPhone:
      "A Vietnamese phone number has 10 digits, for example 0901234567.",
    invalidOtp: "The confirmation code has 6 digits.",
  },

  order: {
    title: (code: string) => `Order ${code}`,
    statusHeading: "Status",
    summaryHeading: "Order details",
    seller: "Seller",
    total: "Total",
    placedAt: "Ordered",
    payment: "Payment",
    paymentPrepaid: "Paid in advance",
    paymentCod: "Cash on delivery (COD)",
    deadlinesHeading: "Deadlines",
    inspectionDeadline: (time: string, remaining: string) =>
      `You have until ${time} (${remaining}) to inspect the goods. If something is wrong, complain before then; after that the money is paid to the seller.`,
    disputeDeadline:
      "Your complaint is being handled: see its deadlines on the complaint page.",
    noDeadlines: "There is no deadline for you right now.",
    actionsHeading: "What you can do",
    confirmReceipt: "I have received the goods",
    confirmReceiptHint:
      "Pay the seller now, once you have checked the goods and are happy with them.",
    fileComplaint: "Complain",
    fileComplaintHint:
      "Not received, damaged, wrong or not as described: the money is held while it is handled.",
    complaintsHeading: "Your complaints",
    complaintItem: (openedAt: string) => `Complaint filed ${openedAt}`,
    complaintItemNew: "Complaint just filed",
    complaintOpen: "in progress",
    complaintClosed: "finished",
    viewComplaint: "View and answer the complaint",
    refundDestination: "Refund account",
    refundDestinationHint:
      "Cash-on-delivery refunds go to the bank account or e-wallet you give.",
    refundDestinationNeeded: (amount: string) =>
      `You are owed a refund of ${amount}. Tell us the bank account or e-wallet to pay it to.`,
    documentsHeading: "Electronic documents",
    documentsIntro:
      "Every payment held, released or refunded comes with a document signed by TrustCircle. Download the PDF to keep or print it; anyone can check that it is genuine and unaltered.",
    documentsEmpty:
      "No documents yet: the first is made when your payment is held.",
    documentNumber: "No.",
    documentPdf: "Download PDF",
    documentPdfFailed: "The PDF could not be downloaded. Please try again.",
    timelineHeading: "Order history",
    timelineEmpty: "No updates yet.",
    strands: {
      MONEY: "Money",
      PARCEL: "Delivery",
      COMPLAINT: "Complaint",
      MESSAGE: "Message",
    },
    statuses: {
      PLACED: {
        title: "Ordered",
        explanation:
          "Your order is recorded and waiting for your payment. TrustCircle holds the money until you receive the goods.",
      },
      PLACED_COD: {
        title: "Ordered",
        explanation:
          "Your order is recorded. You pay the courier when it is delivered; TrustCircle holds that money until the inspection time ends.",
      },
      FUNDED: {
        title: "Paid, money held safely",
        explanation:
          "TrustCircle is holding your money. The seller is paid only after you receive the goods and the inspection time ends.",
      },
      PICKED_UP: {
        title: "On its way",
        explanation: "The courier has the parcel and is delivering it to you.",
      },
      DELIVERED: {
        title: "Delivered, inspection time running",
        explanation:
          "Check the goods. If something is wrong, you can complain before the inspection time ends.",
      },
      INSPECTION_ENDED: {
        title: "Inspection time over",
        explanation: "The money is about to be paid to the seller.",
      },
      DISPUTED: {
        title: "Complaint in progress",
        explanation: "The money is held until the complaint is settled.",
      },
      RESOLVED: {
        title: "Complaint settled",
        explanation: "The money outcome is being carried out.",
      },
      RELEASED: {
        title: "Completed",
        explanation: "The money has been paid to the seller.",
      },
      REFUNDED: {
        title: "Refunded",
        explanation: "All the money is refunded to you.",
      },
      PARTIALLY_REFUNDED: {
        title: "Partly refunded",
        explanation:
          "Part of the money is refunded to you; the rest is paid to the seller.",
      },
      EXPIRED: {
        title: "Expired",
        explanation:
          "The order was not paid in full in time. Anything you paid is refunded.",
      },
      CANCELLED: {
        title: "Cancelled",
        explanation: "Anything you paid is refunded to you.",
      },
      RETURNED: {
        title: "Back with the seller",
        explanation: "Your money will be refunded.",
      },
    },
    unknownStatus: (status: string) => ({
      title: status,
      explanation: "The order status has changed.",
    }),
    facts: {
      ESCROW_OPENED: (d) =>
        d.str("paymentMethod") === "COD"
          ? `Order recorded: cash on delivery, ${d.vnd("expectedAmount")}.`
          : `Order recorded, waiting for your payment of ${d.vnd("expectedAmount")}.`,
      PAYMENT_RECEIVED: (d) =>
        `Received your payment of ${d.vnd("amount")} (${d.vnd("totalPaid")} paid in all).`,
      ESCROW_UNDERPAID: (d) =>
        `You paid ${d.vnd("paidAmount")}; ${d.vnd("shortfall")} is missing. Please pay the rest in time.`,
      ESCROW_FUNDED: (d) =>
        `TrustCircle is holding ${d.vnd("heldAmount")} safely until you receive the goods.`,
      ESCROW_EXPIRED: () =>
        "The order expired because it was not paid in full.",
      INSPECTION_STARTED: (d) =>
        `Inspection time started; it runs until ${d.time("endsAt")}.`,
      INSPECTION_ENDED: (d) =>
        d.str("reason") === "RECEIPT_CONFIRMED"
          ? "You confirmed you received the goods."
          : "The inspection time ended.",
      ESCROW_RELEASED: (d) => `${d.vnd("amount")} was paid to the seller.`,
      REFUNDED_FULL: (d) => `You were refunded in full: ${d.vnd("amount")}.`,
      REFUNDED_PARTIAL: (d) => `You were refunded in part: ${d.vnd("amount")}.`,
      CANCELLATION_REFUNDED: (d) =>
        `The order was cancelled; you were refunded ${d.vnd("amount")}.`,
      EXPIRY_REFUNDED: (d) =>
        `The order expired; the ${d.vnd("amount")} you paid was refunded.`,
      EXCESS_REFUNDED: (d) =>
        `The ${d.vnd("amount")} you overpaid was refunded.`,
      ESCROW_PAID_OUT: (d) => `The seller received ${d.vnd("amount")}.`,
      HOLD_RELEASED: () => "The money is no longer held for a complaint.",
      CANCELLATION_ACCEPTED: () => "The cancellation was accepted.",
      CANCELLATION_REFUSED: () =>
        "The cancellation was refused because the parcel had already been sent.",
      REFUND_INSTRUCTION_ISSUED: (d) =>
        `A refund of ${d.vnd("amount")} to you was sent to the payment partner.`,
      INSTRUCTION_SETTLED: (d) =>
        d.str("instructionKind") === "REFUND"
          ? `Your refund of ${d.vnd("amount")} was transferred.`
          : `${d.vnd("amount")} was transferred to the seller.`,
      REFUND_DESTINATION_REQUIRED: (d) =>
        `We need your bank account or e-wallet to refund ${d.vnd("amount")}.`,
      COD_REMITTED: (d) =>
        `The courier handed the ${d.vnd("amount")} cash collected over to TrustCircle.`,
      DOCUMENT_ISSUED: () => "An electronic document was issued.",
      SHIPMENT_REGISTERED: (d) =>
        d.str("direction") === "RETURN"
          ? "A return shipment was registered."
          : "The seller registered the shipment.",
      SHIPMENT_CHECKPOINT: (d) =>
        `${d.str("direction") === "RETURN" ? "Return" : "Delivery"}: ${SHIPMENT_STATUSES[d.str("status")] ?? d.str("status")}${d.flag("late") ? " (late)" : ""}.`,
      OUTBOUND_PICKED_UP: () =>
        "The courier picked up the parcel from the seller.",
      RETURN_PICKED_UP: () => "The courier picked up your return.",
      OUTBOUND_DELIVERED: (d) =>
        d.num("codAmount")
          ? `Delivered; ${d.vnd("codAmount")} collected.`
          : "Delivered to you.",
      RETURN_DELIVERED: () => "Your return reached the seller.",
      OUTBOUND_DELIVERY_FAILED: (d) =>
        `Delivery failed${d.num("attempts") ? ` after ${d.num("attempts")} attempts` : ""}.`,
      RETURN_DELIVERY_FAILED: () =>
        "Your return could not be delivered to the seller.",
      OUTBOUND_RETURNED: () => "The parcel went back to the seller.",
      RETURN_SHIPMENT_RETURNED: () =>
        "Your return did not reach the seller and came back to you.",
      SHIPMENT_LOST: () =>
        "The courier reported the parcel lost. TrustCircle is handling it.",
      DISPUTE_OPENED: (d) =>
        `You filed a complaint: ${(REASONS[d.str("reason")] ?? d.str("reason")).toLowerCase()}.`,
      HOLD_OUTCOME_RECORDED: (d) =>
        d.flag("moneyHeld")
          ? "The money is held while the complaint is handled."
          : "The money had been paid out before the complaint; if you are refunded, TrustCircle recovers it from the seller.",
      MERCHANT_RESPONDED: (d) =>
        d.str("action") === "ACCEPT"
          ? "The seller accepted the complaint."
          : d.str("action") === "REJECT"
            ? "The seller rejected the complaint."
            : `The seller offered a refund of ${d.vnd("amount")}.`,
      OFFER_MADE: (d) => `The seller offered a refund of ${d.vnd("amount")}.`,
      OFFER_ACCEPTED: (d) => `You accepted the offer of ${d.vnd("amount")}.`,
      OFFER_DECLINED: (d) =>
        d.str("declinedBy") === "DEADLINE"
          ? "The time to answer the seller’s offer ran out."
          : "You declined the seller’s offer.",
      DISPUTE_ESCALATED: () => "The complaint went to a mediator.",
      DISPUTE_DECIDED: (d) =>
        `The mediator decided: ${(OUTCOMES[d.str("outcome")] ?? d.str("outcome")).toLowerCase()}.`,
      DISPUTE_RESOLVED: (d) =>
        d.num("refundAmount")
          ? `The complaint is settled: ${d.vnd("refundAmount")} refunded to you.`
          : `The complaint is settled: ${(OUTCOMES[d.str("outcome")] ?? d.str("outcome")).toLowerCase()}.`,
      DISPUTE_WITHDRAWN: () => "You withdrew the complaint.",
      MESSAGE_SENT: (d) => `We sent you ${channel(d.str("channel"))}.`,
    },
    unknownFact: (fact: string) => `Update: ${fact}.`,
  },

  confirm: {
    title: "Confirm you received the goods",
    consequenceHeading: "When you confirm",
    consequences: (amount: string, seller: string) => [
      `TrustCircle pays ${amount} to the seller ${seller} right away.`,
      "The inspection time ends now, and you can no longer complain about this order.",
      "This cannot be undone.",
    ],
    advice:
      "Confirm only when you have received everything, checked it and are happy with it. If something is wrong, complain instead.",
    checkbox: "I received everything, checked it, and agree to pay the seller.",
    checkboxRequired: "Tick the box first.",
    submit: "Confirm and pay the seller",
    done: "Thank you! The money has been paid to the seller.",
    alreadyDone:
      "The money for this order had already been paid to the seller.",
    notAvailable:
      "You can confirm only after delivery, during the inspection time, and when no complaint is open.",
    complainInstead: "Complain instead",
  },

  complaint: {
    title: "File a complaint",
    intro:
      "TrustCircle holds your money while your complaint is handled. The seller must answer before a deadline; if they do not, you get what you asked for.",
    reasonLegend: "What went wrong?",
    reasons: REASONS,
    descriptionLabel: "Describe the problem",
    descriptionHint:
      "What happened? Be clear so the seller and the mediator understand (at most 5,000 characters).",
    outcomeLegend: "What would settle it for you?",
    outcomes: {
      REFUND_FULL: (total: string) => `A full refund (${total})`,
      REFUND_PARTIAL: () => "A partial refund; I keep the goods",
      RETURN_AND_REFUND: () => "Return the goods for a refund",
    },
    amountLabel: "Refund you ask for (₫)",
    amountHint: (total: string) =>
      `More than 0 and less than the order total of ${total}.`,
    photosLabel: "Add photos",
    photosHint:
      "Optional but helpful. JPEG, PNG, WebP or HEIC photos, up to 10 MB each, at most 20.",
    photosListLabel: "Chosen photos",
    photoUploading: "Uploading…",
    photoUploaded: "Uploaded",
    photoFailed: (reason: string) => `Not uploaded: ${reason}`,
    removePhoto: (name: string) => `Remove photo ${name}`,
    photoTooLarge: "the photo is larger than 10 MB",
    photoNotImage: "the file is not a photo",
    tooManyPhotos: "You can send at most 20 photos.",
    vulnerableLabel: "I am a vulnerable consumer",
    vulnerableHint:
      "Your complaint gets priority, and the seller and mediator must act sooner (Law on Protection of Consumer Rights 2023).",
    vulnerableCategoryLabel: "Group",
    vulnerableCategories: {
      ELDERLY: "Elderly person",
      DISABLED: "Person with a disability",
      CHILD: "Child",
      ETHNIC_MINORITY: "Ethnic minority",
      PREGNANT_OR_NURSING: "Pregnant or nursing a young child",
      SERIOUSLY_ILL: "Seriously ill",
      POOR_HOUSEHOLD: "Poor household",
      OTHER: "Another group",
    },
    chooseCategory: "Choose a group",
    submit: "Send the complaint",
    waitForUploads: "Please wait until the photos are uploaded.",
    removeFailedPhotos: "Remove the photos that could not be uploaded.",
    reasonRequired: "Choose what went wrong.",
    outcomeRequired: "Choose what would settle it.",
    amountInvalid: (total: string) =>
      `Enter an amount more than 0 and less than ${total}, for example 300.000.`,
    categoryRequired: "Choose your group.",
    filed: "Your complaint was sent. Your money is held while it is handled.",
    existingComplaint: "View the open complaint",
  },

  dispute: {
    title: (code: string) => `Complaint about order ${code}`,
    statusHeading: "Status",
    nextStepHeading: "What happens next",
    deadlines: {
      MERCHANT_RESPONSE: (time: string, remaining: string) =>
        `The seller must answer by ${time} (${remaining}). If they do not, you get what you asked for.`,
      BUYER_OFFER_RESPONSE: (time: string, remaining: string) =>
        `Answer the seller’s offer by ${time} (${remaining}). If you do not, a mediator takes over.`,
      BUYER_ESCALATION: (time: string, remaining: string) =>
        `If you disagree, take it to a mediator by ${time} (${remaining}). Otherwise the complaint ends and the seller is paid.`,
      MEDIATOR_DECISION: (time: string, remaining: string) =>
        `A mediator will decide by ${time} (${remaining}).`,
      RETURN_SHIPMENT: (time: string, remaining: string) =>
        `Send the goods back by ${time} (${remaining}). Otherwise the complaint ends and the seller is paid.`,
    },
    otherDeadline: (time: string, remaining: string) =>
      `Next deadline: ${time} (${remaining}).`,
    noDeadline: "The complaint is over.",
    money: {
      held: "TrustCircle is holding the money.",
      notHeld:
        "The money had been paid out before you complained; if you are refunded, TrustCircle recovers it from the seller.",
      pending: "Confirming that the money is held.",
    },
    detailsHeading: "Your complaint",
    reasonLabel: "Problem",
    requestLabel: "You asked for",
    requests: {
      REFUND_FULL: () => "A full refund",
      REFUND_PARTIAL: (amount: string) => `A partial refund: ${amount}`,
      RETURN_AND_REFUND: () => "Return and refund",
    },
    descriptionLabel: "Description",
    openedLabel: "Filed",
    offerHeading: "The seller’s offer",
    offerText: (amount: string, total: string, due: string) =>
      `The seller offers you a refund of ${amount} (order total ${total}). Answer by ${due}.`,
    acceptOffer: (amount: string) => `Accept ${amount}`,
    acceptOfferConsequence: (amount: string) =>
      `The complaint ends: you are refunded ${amount} and the rest is paid to the seller. This cannot be undone.`,
    declineOffer: "Decline and ask a mediator",
    declineOfferConsequence:
      "The complaint goes to a mediator, who may decide differently from this offer.",
    escalateHeading: "Disagree with the seller?",
    escalateIntro:
      "A TrustCircle mediator looks at both sides’ evidence and decides.",
    escalateMessageLabel: "Why do you disagree?",
    escalateSubmit: "Take it to a mediator",
    withdrawHeading: "Withdraw the complaint",
    withdrawConsequence:
      "The money is no longer held and the rest of the inspection time runs on. While it runs, you can complain again.",
    withdrawSubmit: "Withdraw the complaint",
    replyHeading: "Send more information",
    replyLabel: "Message",
    replySubmit: "Send the message",
    messageRequired: "Please write something.",
    confirmQuestion: "Are you sure?",
    confirmYes: "Yes, go ahead",
    actionDone: {
      offerAccepted: "You accepted the offer. Your refund is on its way.",
      offerDeclined: "You declined the offer. A mediator will decide.",
      escalated: "Your complaint went to a mediator.",
      withdrawn: "You withdrew the complaint.",
      replied: "Message sent.",
    },
    trailHeading: "History",
    authors: {
      BUYER: "You",
      MERCHANT: "Seller",
      MEDIATOR: "Mediator",
      SYSTEM: "TrustCircle",
    },
    messageKinds: {
      FILED: "Complaint filed",
      REPLY: "Message",
      HOLD_ACCEPTED: "Money held",
      HOLD_REFUSED: "Money paid out before the complaint",
      MERCHANT_ACCEPTED: "The seller accepted",
      MERCHANT_REJECTED: "The seller rejected",
      OFFER_MADE: "The seller offered a partial refund",
      OFFER_ACCEPTED: "You accepted the offer",
      OFFER_DECLINED: "You declined the offer",
      OFFER_LAPSED: "The offer ran out",
      ESCALATED: "Taken to a mediator",
      DEFAULT_JUDGMENT:
        "The seller did not answer in time: you get what you asked for",
      CLOSED_NOT_ESCALATED: "Ended: not taken to a mediator in time",
      MEDIATOR_DEADLINE_BREACHED:
        "The mediator is late; the case gets priority",
      DECIDED: "The mediator decided",
      VULNERABLE_CONFIRMED: "Vulnerable consumer confirmed",
      VULNERABLE_REMOVED: "Vulnerable consumer priority removed",
      WITHDRAWN: "You withdrew the complaint",
      RETURN_DELIVERED: "Your return reached the seller",
      RETURN_NOT_SHIPPED: "The goods were not sent back in time",
    },
    evidenceHeading: "Evidence",
    evidenceFile: (by: string, size: string) =>
      `File from ${by === "You" ? "you" : `the ${by.toLowerCase()}`} (${size})`,
    evidenceLink: (by: string) =>
      `Link from ${by === "You" ? "you" : `the ${by.toLowerCase()}`}`,
    evidenceOpen: "Download",
    evidenceOpenFailed: "The file could not be opened.",
    courierHeading: "Parcel journey",
    outcomeHeading: "Outcome",
    outcomes: OUTCOMES,
    refundToYou: (amount: string) => `Refund to you: ${amount}.`,
    decisionReason: "The mediator’s reasons",
    afterDecisionHeading: "If you do not accept the decision",
  },

  refund: {
    title: "Refund account",
    intro:
      "Refunds of cash-on-delivery orders are paid to your bank account or e-wallet.",
    privacy:
      "The account number and holder’s name are encrypted; only the payment partner sees them, to pay you.",
    currentHeading: "Saved account",
    current: (
      method: string,
      institution: string,
      masked: string,
      updatedAt: string,
    ) => `${method} ${institution}, number ${masked} (updated ${updatedAt}).`,
    none: "You have not given a refund account yet.",
    formHeading: "Give or correct the account",
    methodLegend: "Receive the money by",
    methods: { BANK_ACCOUNT: "Bank account", EWALLET: "E-wallet" },
    bankLabel: "Bank",
    bankHint: "Choose from the list or type the bank code, for example VCB.",
    walletLabel: "E-wallet",
    chooseWallet: "Choose a wallet",
    accountNumberLabels: {
      BANK_ACCOUNT: "Account number",
      EWALLET: "Phone number of the wallet",
    },
    accountNameLabel: "Account holder’s name",
    accountNameHint: "As on the account; with or without Vietnamese accents.",
    submit: "Save the refund account",
    saved: (institution: string, masked: string) =>
      `Saved. Your refund will be paid to ${institution}, number ${masked}.`,
    notCod:
      "This order was not cash on delivery: refunds go back the way you paid.",
  },

  problems: {
    network:
      "Could not reach TrustCircle. Check your connection and try again.",
    invalid: "Some details are not valid. Check the marked fields.",
    sessionExpired:
      "Your order session has expired. Please get a new confirmation code.",
    forbidden: "You are not allowed to do this.",
    notFound: "This was not found.",
    conflict:
      "This is not possible right now because the order has changed. Refresh the page.",
    busy: "The system is busy. Please try again in a few minutes.",
    serviceDown:
      "Part of the system is temporarily unavailable. Please try again in a few minutes.",
    rateLimited: (minutes: number) =>
      `Too many tries. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    invalidOtp:
      "The code is wrong, has expired or has no tries left. Get a new code.",
    orderNotFound:
      "This order is not in your session. Please look it up again.",
    notInInspection:
      "You can confirm only after delivery, during the inspection time, and when no complaint is open.",
    notCashOnDelivery:
      "This order was not cash on delivery: refunds go back the way you paid.",
    refundDestinationLocked:
      "A refund is being paid or was paid to the account you gave before, so the account cannot change now.",
    orderNotPaid: "You can complain once the order is paid.",
    codNotDelivered:
      "A cash-on-delivery order can be complained about once it is delivered.",
    filingWindowClosed: (why: string, time: string) =>
      `The time to complain is over: ${why} at ${time}.`,
    filingDeadlines: {
      INSPECTION_WINDOW_END: "the inspection time ended",
      RECEIPT_CONFIRMED: "you confirmed receipt",
      NOT_RECEIVED_WINDOW_END: "the time to report a parcel not received ended",
    },
    filingWindowClosedSomeTime:
      "The time to complain about this order is over.",
    disputeAlreadyOpen: "This order already has a complaint in progress.",
    disputeAlreadyDecided:
      "An earlier complaint about this order was decided, so it cannot be filed again.",
    disputeNotFound: "This complaint is not in your session.",
    disputeStateConflict:
      "The complaint has moved on, so this is no longer possible. Refresh the page.",
    disputeDeadlinePassed: (time: string) =>
      `The deadline for this has passed (${time}).`,
    fileTooLarge:
      "The file is too large: photos and PDFs up to 10 MB, videos up to 50 MB.",
    inProgress:
      "Your previous request is still being handled. Wait a moment and refresh the page.",
    correlation: (id: string) => `Error reference for support: ${id}`,
    fieldCodes: {
      FILE_TYPE_MISMATCH: "The file’s content does not match its type.",
      UNSUPPORTED_FILE_TYPE:
        "This kind of file is not accepted: send JPEG, PNG, WebP or HEIC photos, PDFs or MP4 videos.",
      EMPTY_FILE: "The file is empty.",
      FILE_REQUIRED: "Choose a file.",
      MALFORMED_UPLOAD: "The upload failed; try again.",
      FILE_TOO_LARGE: "The file is too large: photos up to 10 MB.",
      FILE_NOT_FOUND:
        "An attached photo can no longer be used. Remove it and upload it again.",
      FILE_ALREADY_ATTACHED: "This photo was already sent with the complaint.",
      TOO_MANY_ITEMS: "At most 20 pieces of evidence at a time.",
      AMOUNT_REQUIRED: "Enter the refund you ask for.",
      AMOUNT_NOT_ALLOWED: "An amount goes only with a partial refund.",
    },
    fields: {
      orderCode: "The order code is not valid.",
      phone: "The phone number is not valid.",
      otp: "The code is wrong.",
      reason: "Choose what went wrong.",
      description: "Describe the problem (at most 5,000 characters).",
      requestedOutcome: "Choose what would settle it.",
      requestedAmount:
        "The amount must be more than 0 and less than the order total.",
      vulnerable: "Choose your group.",
      evidence: "Some evidence is not valid.",
      file: "The file is not valid.",
      message: "Write a message (at most 5,000 characters).",
      method: "Choose a bank account or an e-wallet.",
      institutionCode:
        "The bank or wallet is not valid: type a bank’s short code (e.g. VCB), or choose one of the wallets offered.",
      accountNumber:
        "The account number is not valid: a bank account has 6–19 digits; an e-wallet is the phone number it is registered to.",
      accountName: "The holder’s name has 2–100 letters.",
    },
    fieldFallback: "This value is not valid.",
  },
};
