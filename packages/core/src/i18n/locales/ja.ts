import { createLocaleFormatters } from '../locale-formatters';
import type { OryTexts } from '../texts';
import type { LocaleModule, Translations } from '../types';

// Japanese, polite form (です・ます). Sentences are joined without spaces, as Japanese writes them.
const locale = 'ja';
const format = createLocaleFormatters(locale);

const credentialTypes: Record<string, string> = {
  password: 'パスワード',
  oidc: 'ソーシャルログイン',
  webauthn: 'パスキーまたはセキュリティキー',
  passkey: 'パスキー',
  code: 'ワンタイムコード',
};

const CHECK_ADDRESS =
  '届かない場合は、アドレスに誤りがないか、登録時のアドレスを使用しているかを確認してください。';
const TRY_AGAIN = 'もう一度お試しください。';
const ALREADY_DONE = 'このリクエストはすでに正常に完了しているため、再試行できません。';
const FORM_CORRECT = 'フォームに正しく入力したかご確認ください。';

const translations: Translations = {
  // Login
  1010001: 'ログイン',
  1010002: '{provider}でログイン',
  1010003: 'この操作を続けるには、本人確認を行ってください。',
  1010004: '2段階目の認証を完了してください。',
  1010005: '確認',
  1010006: '認証コード',
  1010007: 'バックアップコード',
  1010008: 'ハードウェアキーでログイン',
  1010009: '認証アプリを使用',
  1010010: 'バックアップコードを使用',
  1010011: 'ハードウェアキーでログイン',
  1010012:
    'WebAuthn デバイス（セキュリティキーや生体認証リーダーなど）を用意して、「続行」を押してください。',
  1010013: '続行',
  1010014: `入力されたアドレスにコードを送信しました。届かない場合は、アドレスに誤りがないか確認して、${TRY_AGAIN}`,
  1010015: 'ログインコードを送信',
  1010016:
    '「{duplicate_identifier}」でログインしようとしましたが、このメールアドレスは別のアカウントで使用されています。下のいずれかの方法でアカウントにログインすると、「{provider}」の「{duplicate_identifier}」を別のログイン方法として追加できます。',
  1010017: 'ログインして連携',
  1010018: '{provider}で確認',
  1010019: 'コードをリクエストして続行',
  1010021: 'パスキーでログイン',
  1010022: 'パスワードでログイン',
  1010023: '{address} にコードを送信',
  1010024: 'ハードウェアキーでログイン',
  1010025: `アドレスにコードを送信しました。届かない場合は、${TRY_AGAIN}`,
  // Registration
  1040001: '新規登録',
  1040002: '{provider}で登録',
  1040003: '続行',
  1040004: 'セキュリティキーで登録',
  1040005:
    '入力されたアドレスにコードを送信しました。メッセージが届かない場合は、アドレスに誤りがないか確認して、もう一度登録してください。',
  1040006: '登録コードを送信',
  1040007: 'パスキーで登録',
  1040008: '戻る',
  1040009: '認証に使う方法を選択してください。',
  // Settings
  1050001: '変更を保存しました。',
  1050002: '{provider}と連携',
  1050003: '{provider}との連携を解除',
  1050004: '認証アプリ（TOTP）の連携を解除',
  1050005: '認証アプリ用の QR コード',
  1050006: '{secret}',
  1050007: 'バックアップコードを表示',
  1050008: '新しいバックアップコードを生成',
  1050009: '{secret}',
  1050010: 'これはバックアップコードです。安全な場所に保管してください。',
  1050011: 'バックアップコードを確認',
  1050012: 'セキュリティキーを追加',
  1050013: 'セキュリティキーの名前',
  1050014: (context) => `${format.date(context.used_at)} に使用済み`,
  1050015: '{secrets}',
  1050016: 'この方法を無効にする',
  1050017: 'これは認証アプリのシークレットキーです。QR コードを読み取れない場合に使用してください。',
  1050018: 'セキュリティキー「{display_name}」を削除',
  1050019: 'パスキーを追加',
  1050020: 'パスキー「{display_name}」を削除',
  1050023:
    'このアカウントは組織によって管理されています。設定を変更するには、組織の管理者にお問い合わせください。',
  // Recovery
  1060001: (context) =>
    `アカウントを復旧しました。${format.timeLeft(context.privileged_session_expires_at)}以内にパスワードを変更するか、別のログイン方法（ソーシャルログインなど）を設定してください。`,
  1060002: `入力されたメールアドレスに、復旧用リンクを記載したメールを送信しました。${CHECK_ADDRESS}`,
  1060003: `入力されたメールアドレスに、復旧コードを記載したメールを送信しました。${CHECK_ADDRESS}`,
  1060004: `{masked_address} に復旧コードを送信しました。${CHECK_ADDRESS}`,
  1060005: 'アカウントへのアクセスを復旧するには、復旧用アドレスを省略せずに入力してください。',
  1060006: 'どの方法でアカウントを復旧しますか？',
  1060007: '戻る',
  // Field labels
  1070001: 'パスワード',
  1070002: '{title}',
  1070003: '保存',
  1070004: 'ID',
  1070005: '送信',
  1070006: 'コードを確認',
  1070007: 'メールアドレス',
  1070008: 'コードを再送信',
  1070009: '続行',
  1070010: '復旧コード',
  1070011: '確認コード',
  1070012: '登録コード',
  1070013: 'ログインコード',
  1070014: 'ログインして認証情報を連携',
  1070015: '続行するには CAPTCHA を完了してください。',
  1070016: '復旧用アドレス',
  1070017: '電話番号',
  1070018: 'メールアドレスまたは電話番号',
  // Verification
  1080001: `入力されたメールアドレスに、確認用リンクを記載したメールを送信しました。${CHECK_ADDRESS}`,
  1080002: 'メールアドレスを確認しました。',
  1080003: `入力されたメールアドレスに、確認コードを記載したメールを送信しました。${CHECK_ADDRESS}`,
  1080004:
    '入力された電話番号に、確認コードを記載した SMS を送信しました。届かない場合は、番号に誤りがないか、登録時の番号を使用しているかを確認してください。',
  1080005: '電話番号を確認しました。',
  // Validation
  4000001: '{reason}',
  4000002: '「{property}」は必須です。',
  4000003: '{min_length} 文字以上で入力してください（現在 {actual_length} 文字）。',
  4000004: '形式「{pattern}」に一致しません。',
  4000005: 'このパスワードは使用できません：{reason}。',
  4000006:
    'ログイン情報が正しくありません。パスワードと、ユーザー名・メールアドレス・電話番号に誤りがないか確認してください。',
  4000007: '同じ識別子（メールアドレス、電話番号、ユーザー名など）のアカウントがすでに存在します。',
  4000008: `認証コードが正しくありません。${TRY_AGAIN}`,
  4000009:
    'ログイン識別子が見つかりません。入力し忘れていないか確認してください。サーバーの設定に問題がある可能性もあります。',
  4000010: 'アカウントはまだ有効になっていません。メールアドレスの確認はお済みですか？',
  4000011: '認証アプリ（TOTP）が設定されていません。',
  4000012: 'このバックアップコードはすでに使用されています。',
  4000013: 'WebAuthn デバイスが設定されていません。',
  4000014: 'バックアップコードが設定されていません。',
  4000015: 'このアカウントは存在しないか、セキュリティキーが設定されていません。',
  4000016: 'バックアップコードが正しくありません。',
  4000017: '{max_length} 文字以内で入力してください（現在 {actual_length} 文字）。',
  4000018: '{minimum} 以上である必要があります（現在 {actual}）。',
  4000019: '{minimum} より大きい必要があります（現在 {actual}）。',
  4000020: '{maximum} 以下である必要があります（現在 {actual}）。',
  4000021: '{maximum} 未満である必要があります（現在 {actual}）。',
  4000022: '{actual} は {base} の倍数ではありません。',
  4000023: '項目は {max_items} 個までです（現在 {actual_items} 個）。',
  4000024: '項目は {min_items} 個以上必要です（現在 {actual_items} 個）。',
  4000025: '位置 {index_a} と {index_b} の項目が重複しています。',
  4000026: (context) =>
    `${format.list(context.allowed_types, 'disjunction')} が必要ですが、${String(context.actual_type)} が指定されました。`,
  4000027:
    '同じ識別子（メールアドレス、電話番号、ユーザー名など）のアカウントがすでに存在します。ソーシャルプロフィールを連携するには、既存のアカウントにログインしてください。',
  4000028: (context) => {
    const identifier = context.credential_identifier_hint
      ? `識別子「${String(context.credential_identifier_hint)}」`
      : 'この識別子';
    const types = (context.available_credential_types ?? []) as string[];
    const providers = (context.available_oidc_providers ?? []) as string[];
    let text = `${identifier}はすでに別のアカウントで使用されています。`;
    if (types.length > 0) {
      text += `${format.list(
        types.map((type) => credentialTypes[type] ?? type),
        'disjunction',
      )}でログインできます。`;
    }
    if (providers.length > 0) {
      text += `次のいずれかのソーシャルログインでログインできます：${format.list(providers, 'disjunction')}。`;
    }
    return text;
  },
  4000029: '「{expected}」である必要があります。',
  4000030: '値が定数と一致しません。',
  4000031: 'このパスワードは識別子と似すぎているため使用できません。',
  4000032: 'パスワードは {min_length} 文字以上にしてください（現在 {actual_length} 文字）。',
  4000033: 'パスワードは {max_length} 文字以内にしてください（現在 {actual_length} 文字）。',
  4000034: 'このパスワードは過去のデータ漏洩で見つかっているため、使用できません。',
  4000035: 'このアカウントは存在しないか、コードによるログインが設定されていません。',
  4000036: '入力されたプロフィール情報が、このフローに関連付けられた情報と一致しません。',
  4000037: 'このアカウントは存在しないか、ログイン方法が設定されていません。',
  4000038: `CAPTCHA の確認に失敗しました。${TRY_AGAIN}`,
  4000039: '新しいパスワードは以前のパスワードと異なるものにしてください。',
  4000040: '有効なメールアドレスを入力してください。',
  4000041: '有効な電話番号を入力してください。',
  4000042: 'DeviceAuthn デバイスが設定されていません。',
  4000043: `WebAuthn でのログインが無効です。${TRY_AGAIN}`,
  4000044: 'DeviceAuthn の署名が無効です。',
  4000045:
    '緩和された構成証明の期限が切れたか無効になったため、この DeviceAuthn キーは使用できません。デバイスを再登録してください。',
  4000046:
    'この DeviceAuthn キーはユーザー検証の導入前に登録されたため、使用できません。デバイスを再登録してください。',
  // Login errors (4010003–6: no strategy in the other flows)
  4010001: (context) => `ログインの有効期限が${format.ago(context.expired_at)}に切れました。${TRY_AGAIN}`,
  4010002: `ログイン方法が見つかりませんでした。${FORM_CORRECT}`,
  4010003: `登録方法が見つかりませんでした。${FORM_CORRECT}`,
  4010004: `設定を更新する方法が見つかりませんでした。${FORM_CORRECT}`,
  4010005: `アカウントを復旧する方法が見つかりませんでした。${FORM_CORRECT}`,
  4010006: `アカウントを確認する方法が見つかりませんでした。${FORM_CORRECT}`,
  4010007: ALREADY_DONE,
  4010008: `ログインコードが正しくないか、すでに使用されています。${TRY_AGAIN}`,
  4010009: '連携された認証情報が一致しません。',
  4010010: '入力されたアドレスは、このアカウントに登録されているアドレスと一致しません。',
  4010011: 'このアカウントは無効になっています。サポートにお問い合わせください。',
  // Registration errors
  4040001: (context) => `登録の有効期限が${format.ago(context.expired_at)}に切れました。${TRY_AGAIN}`,
  4040002: ALREADY_DONE,
  4040003: `登録コードが正しくないか、すでに使用されています。${TRY_AGAIN}`,
  // Settings errors
  4050001: (context) => `設定変更の有効期限が${format.ago(context.expired_at)}に切れました。${TRY_AGAIN}`,
  4050002: 'アドレスは一度に1つしか変更できません。1つずつ更新してください。',
  // Recovery errors
  4060001: ALREADY_DONE,
  4060002: 'アカウントの復旧に失敗しました。最初からやり直してください。',
  4060004: '復旧用リンクが無効か、すでに使用されています。最初からやり直してください。',
  4060005: (context) =>
    `アカウント復旧の有効期限が${format.ago(context.expired_at)}に切れました。${TRY_AGAIN}`,
  4060006: `復旧コードが正しくないか、すでに使用されています。${TRY_AGAIN}`,
  // Verification errors
  4070001: '確認用リンクが無効か、すでに使用されています。最初からやり直してください。',
  4070002: ALREADY_DONE,
  4070003: '確認に失敗しました。最初からやり直してください。',
  4070005: (context) => `確認の有効期限が${format.ago(context.expired_at)}に切れました。${TRY_AGAIN}`,
  4070006: `確認コードが正しくないか、すでに使用されています。${TRY_AGAIN}`,
  // System
  5000001: '{reason}',
  5000002: '利用できる認証方法がありません。システム管理者にお問い合わせください。',
  5000003:
    '組織で SSO 認証が必須になっていますが、SSO プロバイダーが設定されていません。システム管理者にお問い合わせください。',
};

// The library's own words (headings, states, links): not Kratos messages, so no ids.
const texts: Required<OryTexts> = {
  loginTitle: 'ログイン',
  loginRefreshTitle: '本人確認',
  loginSecondFactorTitle: '2段階認証',
  registrationTitle: 'アカウント作成',
  settingsTitle: 'アカウント設定',
  recoveryTitle: 'アカウントの復旧',
  verificationTitle: 'メールアドレスの確認',
  errorTitle: 'エラーが発生しました',
  loading: '読み込み中…',
  tryAgain: '再試行',
  startOver: '最初からやり直す',
  unknownError: 'エラーが発生しました。',
  formRenewedCsrf: 'セキュリティのため、フォームを更新しました。もう一度送信してください。',
  formRenewed: 'フォームを更新しました。もう一度送信してください。',
  linksLabel: 'その他のオプション',
  loginRegistrationLink: 'アカウントを作成',
  loginRecoveryLink: 'パスワードをお忘れですか？',
  registrationLoginLink: 'アカウントをお持ちの方はログイン',
  recoveryLoginLink: 'ログインに戻る',
  errorLinksLabel: '次の操作',
  errorLoginLink: 'ログイン',
  errorHomeLink: 'ホーム',
  errorMissingId: 'エラーが指定されていません。',
  errorCode: (code, status) => `エラー ${code}${status ? `（${status}）` : ''}`,
  signOut: 'ログアウト',
  settingsProfile: 'プロフィール',
  settingsPassword: 'パスワード',
  settingsTotp: '認証アプリ',
  settingsLookupSecret: 'バックアップコード',
  settingsWebauthn: 'セキュリティキー',
  settingsPasskey: 'パスキー',
  settingsOidc: '連携済みアカウント',
  settingsSaml: 'シングルサインオン',
  webauthnFailed:
    'パスキーまたはセキュリティキーが応答しなかったか、リクエストがキャンセルされました。もう一度お試しください。',
  webauthnUnavailable:
    'スクリプトを読み込めなかったため、現在パスキーは使用できません。ページを再読み込みするか、別の方法を選んでください。',
  networkError: 'サービスに接続できませんでした。接続を確認して、もう一度お試しください。',
  timeoutError: 'サービスから時間内に応答がありませんでした。接続を確認して、もう一度お試しください。',
  abortedError: 'リクエストはキャンセルされました。',
  invalidResponseError: 'サービスが正しく応答していません。しばらくしてからもう一度お試しください。',
  restartFailedError: 'フォームを再開できませんでした。ページを再読み込みしてください。',
};

export default { locale, translations, texts } satisfies LocaleModule;
