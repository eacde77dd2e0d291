import { ComingSoon } from '../components/ComingSoon'

export function ChatsView() {
  return (
    <ComingSoon title="Chats">
      <p>
        Every customer conversation, with what CounterChat understood and the replies it sent. You can step in
        and answer yourself.
      </p>
    </ComingSoon>
  )
}
