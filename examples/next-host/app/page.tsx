export default function OrdersPage() {
  return (
    <>
      <h1>Orders</h1>
      <p>Nothing to pack today.</p>
    </>
  );
}
