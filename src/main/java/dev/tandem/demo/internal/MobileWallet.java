package dev.tandem.demo.internal;

import static dev.tandem.portfolio.ProjectRole.*;

import dev.tandem.demo.internal.DemoProject.Member;
import java.util.List;
import java.util.Map;

/** A smaller project sharing people with the payment system: a React Native wallet app and its backend. */
final class MobileWallet {

    private MobileWallet() {
    }

    static DemoProject project() {
        return new DemoProject("MOB", "Mobile wallet app",
                "移动钱包 — a wallet app for retail customers: cards, QR payments at the till and transfers between friends.",
                "Digital banking", 4, 20_240_612L,
                List.of(new Member("zhangmin", PM), new Member("dokafor", EM), new Member("liwei", ARCHITECT),
                        new Member("schen", PRODUCT_MANAGER), new Member("enovak", ENGINEER),
                        new Member("wangfang", ENGINEER), new Member("pnair", ENGINEER),
                        new Member("mbrandt", STAKEHOLDER)),
                OUTLINE, DESCRIPTIONS, BLOCKED, COMMENTS);
    }

    private static final String OUTLINE = """
            E Wallet backend | @wangfang +backend #mob-backend
              F Wallet API | ~Java #mob-api
                S Wallet accounts and balances API | 4d ~Java
                S Top-up from a bank card | 3d ~Payments #mob-topup
                S Transfers between friends | 4d ~Java
                S Push notification for every payment | 3d ~Java
                B Balance is stale for a minute after a top-up | fs:mob-topup 1d ~Java
            E Wallet app | @schen +app #mob-app
              F Onboarding | w1 ~React #mob-onboarding
                S Sign up with a phone number and SMS code
                  T Sign-up screens | 3d ~React
                  T SMS verification with the messaging provider | 2d ~Java blocked #mob-sms
                S Face ID and fingerprint sign-in | 3d ~iOS
                S Identity document capture for KYC | 4d ~React
              F Cards and payments | par fs:mob-api ~React #mob-pay
                S Add a card, tokenised by the payment system | 4d ~React
                S Pay with a QR code at the till | 5d ~React #mob-qr
                S Accessibility review with VoiceOver and TalkBack | par ss:mob-qr+2 2d ~QA
                S Transaction history with search | 3d ~React
                B QR scanner crashes on Android 12 when camera access is denied | w3 1d ~Android !high late
              F Release | ~QA #mob-release
                S Crash reporting and analytics | 2d ~React
                S App Store and Google Play submissions | 2d ~iOS
                S Employee beta with 200 testers | 5d ~QA
            M Wallet beta | fs:mob-release due:w7 @zhangmin !high #mob-beta
            """;

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "mob-app", """
                    The customer-facing app, built once in React Native for iOS and Android.

                    **Beta scope:** sign-up with KYC, add a card, pay by QR code, history, transfers between friends.
                    """,
            "mob-qr", """
                    The till shows a dynamic QR code; the app scans it, shows the amount and the merchant, and pays \
                    with the default card after Face ID or fingerprint confirmation.
                    """);

    private static final Map<String, String> BLOCKED = Map.of(
            "mob-sms", "Mainland China numbers need a registered SMS sender ID; the registration is still pending.");

    private static final Map<String, List<String>> COMMENTS = Map.of(
            "mob-qr", List.of("Usability test with eight shop assistants: scanning works best with the torch on by default."));
}
